using NodaTime;

namespace IopCurriculum.Plans.Reviews;

/// <summary>
/// Where a plan stands on a day: the newest version a draft or in force, the newest signed version in
/// force meanwhile, its review due date and whether that has passed. The goals counted are those of
/// the version in force, or of the draft while none is signed.
/// </summary>
public static class PlanStandings
{
    /// <param name="versions">Every version, oldest first.</param>
    /// <param name="reviews">The day of each review, by the version it reviewed.</param>
    public static PlanStanding Of(IReadOnlyList<PlanVersionFacts> versions, IReadOnlyList<(int Version, LocalDate On)> reviews, int reviewDays, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(reviews);
        if (versions.Count == 0) return PlanStanding.NoPlan;
        var latest = versions[^1];
        var inForce = versions.LastOrDefault(v => v.SignedOn is not null);
        var counted = inForce ?? latest;
        LocalDate? due = null;
        if (inForce is { SignedOn: { } signedOn })
        {
            var lastReview = reviews.Where(r => r.Version == inForce.Version).Select(r => (LocalDate?)r.On).Max();
            due = ReviewSchedule.Due(signedOn, lastReview, reviewDays);
        }
        return new PlanStanding(
            latest.SignedOn is null ? PlanStatus.Draft : PlanStatus.InForce,
            latest.Version,
            inForce?.Version,
            due,
            due is { } d && ReviewSchedule.Overdue(d, today),
            counted.GoalsActive,
            counted.GoalsAchieved);
    }
}
