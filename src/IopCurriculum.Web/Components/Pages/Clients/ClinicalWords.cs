using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Web.Components.Pages.Clients;

/// <summary>What a clinical decision did, in sentences built from the journal lines it wrote.</summary>
public static class ClinicalWords
{
    /// <summary>The trigger the journal stores for a decision the chart offers (<c>discharged</c>, <c>readmitted</c>, <c>overridden</c>).</summary>
    public static string? Trigger(string? done) => done switch
    {
        "discharged" => "discharge",
        "readmitted" => "readmit",
        "overridden" => "clinical-override",
        _ => null,
    };

    /// <summary>The sentence the chart shows after a decision, or null for a <paramref name="done"/> it does not know.</summary>
    /// <param name="journal">The client's journal lines in the cohort, oldest first.</param>
    public static string? Done(string? done, string clientId, string cohortId, IReadOnlyList<JournalLine> journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        if (Trigger(done) is not { } trigger) return null;
        var lines = journal.Reverse().TakeWhile(l => l.Trigger == trigger).Reverse().ToList();
        var what = done switch
        {
            "discharged" => $"Client {clientId} is discharged from cohort {cohortId}: their workflows stop until they are readmitted.",
            "readmitted" => $"Client {clientId} is readmitted to cohort {cohortId} and picks up at the cohort's current week.",
            _ => $"Client {clientId} is moved by a clinical decision in cohort {cohortId}.",
        };
        if (lines.Count == 0) return what;
        var last = lines[^1];
        var moves = string.Join("; ", lines.Select(l => $"{l.WorkflowTitle ?? l.Workflow}: from {l.FromTitle} to {l.ToTitle}"));
        return $"{what} The journal records {moves}, by {last.Actor} on {ChartWords.When(last.At)}, because “{last.Reason}”.";
    }

    /// <summary>A stage the form cannot look up in a workflow (a value posted by hand): its id in words.</summary>
    public static string StageTitle(string stage) => ChartWords.Stage(stage);
}
