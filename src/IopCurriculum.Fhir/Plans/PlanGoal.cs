using IopCurriculum.Fhir.Identity;
using IopCurriculum.Plans.Goals;

namespace IopCurriculum.Fhir.Plans;

/// <summary>A goal of the signed plan, exported as a Goal, with the problem it sits under.</summary>
/// <param name="ProblemIndex">The problem's place in the plan, from 0.</param>
/// <param name="GoalIndex">The goal's place under its problem, from 0.</param>
public sealed record PlanGoal(int ProblemIndex, int GoalIndex, Problem Problem, Goal Goal, ResourceKey Key)
{
    /// <summary>Whether one of the goal's interventions is delivered by the track's group sessions.</summary>
    public bool ServedBy(string trackCode) =>
        Goal.Interventions.Any(i => i.Tracks.Contains(trackCode, StringComparer.OrdinalIgnoreCase));
}
