namespace IopCurriculum.Plans.Drafts;

/// <summary>A problem with its goals; left out when nothing in it was filled in.</summary>
public sealed class DraftProblem
{
    public string Statement { get; set; } = "";

    public List<DraftGoal> Goals { get; init; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Statement) && Goals.All(g => g.IsBlank);

    public static DraftProblem Blank() => new() { Goals = [DraftGoal.Blank()] };
}
