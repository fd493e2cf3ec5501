using IopCurriculum.Plans.Reviews;

namespace IopCurriculum.Engine.Plans;

/// <summary>A client's treatment plan in one enrolment: every version, oldest first, every review, and where it stands today.</summary>
public sealed record ClientTreatmentPlan(
    string CohortId,
    string ClientId,
    PlanStanding Standing,
    IReadOnlyList<PlanVersion> Versions,
    IReadOnlyList<PlanReview> Reviews)
{
    public PlanVersion? Latest => Versions.Count == 0 ? null : Versions[^1];
}
