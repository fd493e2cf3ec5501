using System.Globalization;
using IopCurriculum.Plans.Drafts;

namespace IopCurriculum.Web.Components.Pages.Plans;

/// <summary>
/// The button pressed on the plan form: save it, or add or remove a row. Rows change on the server, so
/// the form works without scripts; the button's value says which row (<c>add-goal:0</c>, <c>remove-service:0:1:2</c>).
/// </summary>
public sealed record PlanFormAction(string Kind, IReadOnlyList<int> At)
{
    private static readonly string[] Kinds =
        ["add-diagnosis", "remove-diagnosis", "add-problem", "remove-problem", "add-goal", "remove-goal", "add-service", "remove-service"];

    public static PlanFormAction Save { get; } = new("save", []);

    public bool IsSave => Kind == "save";

    /// <summary>The action a button's value names; anything else (no button, as when Enter is pressed) is saving.</summary>
    public static PlanFormAction Parse(string value)
    {
        var parts = (value ?? "").Split(':');
        if (!Kinds.Contains(parts[0])) return Save;
        var at = new List<int>();
        foreach (var part in parts.Skip(1))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > PlanFormReader.MostRows) return Save;
            at.Add(n);
        }
        return new PlanFormAction(parts[0], at);
    }

    /// <summary>The value of the button that does this.</summary>
    public static string Value(string kind, params int[] at) => string.Join(':', [kind, .. at.Select(n => n.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>Changes the draft's rows as the button says; returns the field to put the cursor in next, or null.</summary>
    public string? ApplyTo(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        switch (Kind, At.Count)
        {
            case ("add-diagnosis", 0):
                draft.Diagnoses.Add(new DraftDiagnosis());
                return $"diagnoses[{draft.Diagnoses.Count - 1}].code";
            case ("remove-diagnosis", 1) when At[0] < draft.Diagnoses.Count:
                draft.Diagnoses.RemoveAt(At[0]);
                return null;
            case ("add-problem", 0):
                draft.Problems.Add(DraftProblem.Blank());
                return $"problems[{draft.Problems.Count - 1}].statement";
            case ("remove-problem", 1) when At[0] < draft.Problems.Count:
                draft.Problems.RemoveAt(At[0]);
                return null;
            case ("add-goal", 1) when Problem(draft) is { } problem:
                problem.Goals.Add(DraftGoal.Blank());
                return $"problems[{At[0]}].goals[{problem.Goals.Count - 1}].statement";
            case ("remove-goal", 2) when Goal(draft) is { } goal:
                draft.Problems[At[0]].Goals.Remove(goal);
                return null;
            case ("add-service", 2) when Goal(draft) is { } goal:
                goal.Interventions.Add(new DraftIntervention());
                return $"problems[{At[0]}].goals[{At[1]}].interventions[{goal.Interventions.Count - 1}].service";
            case ("remove-service", 3) when Goal(draft) is { } goal && At[2] < goal.Interventions.Count:
                goal.Interventions.RemoveAt(At[2]);
                return null;
            default:
                return null;
        }
    }

    private DraftProblem? Problem(PlanDraft draft) => At[0] < draft.Problems.Count ? draft.Problems[At[0]] : null;

    private DraftGoal? Goal(PlanDraft draft) =>
        Problem(draft) is { } problem && At[1] < problem.Goals.Count ? problem.Goals[At[1]] : null;
}
