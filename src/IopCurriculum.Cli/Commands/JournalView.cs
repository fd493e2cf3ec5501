using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary>Prints journal entries.</summary>
internal static class JournalView
{
    /// <summary>The stage changes among freshly written entries.</summary>
    public static void WriteChanges(IEnumerable<JournalStep> entries, TextWriter output)
    {
        foreach (var entry in entries.Where(e => e.FromStage != e.ToStage))
            output.WriteLine($"  {entry.FromStage} -> {entry.ToStage} ({entry.Trigger}){(entry.Reason is null ? "" : $": {entry.Reason}")}");
    }

    /// <param name="actions">What became of the actions the entries asked for; null leaves them out (a simulation carries none out).</param>
    public static void Write(IReadOnlyList<JournalLine> lines, IReadOnlyList<ActionStatus>? actions, TextWriter output)
    {
        var asked = (actions ?? []).ToLookup(a => a.JournalId);
        var inv = CultureInfo.InvariantCulture;
        var rows = lines.Select(l => new[]
        {
            l.At.ToString("uuuu-MM-dd HH:mm", inv),
            l.CohortId,
            l.Week.ToString(inv),
            l.ClientId is null ? "(cohort)" : l.ClientId,
            l.Workflow ?? "",
            l.Trigger,
            l.From == l.To ? $"stays {l.To}" : $"{(l.From.Length == 0 ? "" : l.From + " -> ")}{l.To}",
            l.Actor,
            l.Reason ?? "",
            string.Join("; ", asked[l.Id].Select(Outcome)),
        }).Select(r => actions is null ? r[..^1] : r).ToList();
        string[] headings = ["at (local)", "cohort", "wk", "client", "workflow", "trigger", "stage", "by", "reason", "actions"];
        Table.Write(output, actions is null ? headings[..^1] : headings, rows);
    }

    private static string Outcome(ActionStatus action) => action.State switch
    {
        OutboxStates.Pending when action.Attempts > 0 => $"{action.Action} #{action.Id}: failed {action.Attempts}x, trying again ({action.LastError})",
        OutboxStates.Pending => $"{action.Action} #{action.Id}: waiting",
        OutboxStates.Incident => $"{action.Action} #{action.Id}: INCIDENT ({action.LastError})",
        OutboxStates.Dismissed when action.Last(ActionEventKinds.Dismissed) is { } dismissal => $"{action.Action} #{action.Id}: dismissed by {dismissal.Actor} ({dismissal.Text})",
        _ => $"{action.Action}: {action.Outcome}",
    };
}
