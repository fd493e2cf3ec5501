using IopCurriculum.Plans.Reviews;

namespace IopCurriculum.Engine.Plans;

/// <summary>A client's treatment plan in one enrolment: every version, oldest first, every review, and where it stands today.</summary>
/// <param name="ReviewDays">The program's days from a signing or review to the next review.</param>
public sealed record ClientTreatmentPlan(
    string CohortId,
    string ClientId,
    PlanStanding Standing,
    IReadOnlyList<PlanVersion> Versions,
    IReadOnlyList<PlanReview> Reviews,
    int ReviewDays)
{
    public PlanVersion? Latest => Versions.Count == 0 ? null : Versions[^1];
}
