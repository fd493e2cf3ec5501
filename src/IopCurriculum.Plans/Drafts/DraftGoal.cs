namespace IopCurriculum.Plans.Drafts;

/// <summary>A goal with its target date, status, objectives (one a line) and services; left out when nothing in it was filled in.</summary>
public sealed class DraftGoal
{
    public string Statement { get; set; } = "";

    /// <summary>A date as yyyy-mm-dd.</summary>
    public string Target { get; set; } = "";

    /// <summary>A status word: proposed, active, achieved, not-achieved or cancelled.</summary>
    public string Status { get; set; } = "proposed";

    /// <summary>The objectives, one a line; blank lines are left out.</summary>
    public string Objectives { get; set; } = "";

    public List<DraftIntervention> Interventions { get; init; } = [];

    public IEnumerable<string> ObjectiveLines =>
        Objectives.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Statement) && string.IsNullOrWhiteSpace(Target) && !ObjectiveLines.Any() && Interventions.All(i => i.IsBlank);

    public static DraftGoal Blank() => new() { Interventions = [new DraftIntervention()] };
}
