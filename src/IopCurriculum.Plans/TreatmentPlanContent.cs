using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Goals;

namespace IopCurriculum.Plans;

/// <summary>What one version of a client's treatment plan says: the assessment and the problems with their goals.</summary>
public sealed record TreatmentPlanContent(PlanAssessment Assessment, IReadOnlyList<Problem> Problems)
{
    public IEnumerable<Goal> Goals => Problems.SelectMany(p => p.Goals);

    public int GoalsActive => Goals.Count(g => g.Status == GoalStatus.Active);

    public int GoalsAchieved => Goals.Count(g => g.Status == GoalStatus.Achieved);
}
