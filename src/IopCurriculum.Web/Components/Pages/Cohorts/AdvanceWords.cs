using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Web.Components.Pages.Cohorts;

/// <summary>What ending a week by hand did, in sentences built from the journal lines it wrote.</summary>
public static class AdvanceWords
{
    /// <param name="journal">The cohort's journal, oldest first.</param>
    public static string Done(string done, CohortStatus status, int week, IReadOnlyList<JournalLine> journal)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(journal);
        if (done != "advanced") return $"Week {week} of cohort {status.CohortId} had already ended; nothing was done.";
        var boundary = journal.LastOrDefault(l => l.ClientId is null && l.Week == week && l.Trigger == "week-elapsed");
        var moved = journal.Where(l => l.ClientId is not null && l.Trigger == "week-elapsed" && l.Week == week && l.From != l.To).ToList();
        var names = status.Clients.ToDictionary(c => c.ClientId, c => c.RosterName, StringComparer.Ordinal);
        var moves = moved.Count == 0 ? "No client changed stage."
            : $"{moved.Count} stage change{(moved.Count == 1 ? "" : "s")}: " + string.Join("; ", moved.Select(l =>
                $"{names.GetValueOrDefault(l.ClientId!, l.ClientId!)} ({l.Workflow}) from {Clients.ChartWords.Stage(l.From)} to {Clients.ChartWords.Stage(l.To)}")) + ".";
        var who = boundary is null ? "" : $" The journal records it by {boundary.Actor} on {Clients.ChartWords.When(boundary.At)}, because “{boundary.Reason}”.";
        var now = status.WeeksAdvanced >= status.Weeks ? "the cohort has ended" : $"the cohort is now in week {Math.Max(status.RunningWeek, status.WeeksAdvanced + 1)}";
        return $"Week {week} of cohort {status.CohortId} has ended by hand; {now}.{who} {moves}";
    }
}
