using IopCurriculum.Persistence;
using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>Where one enrolment's plan stands, read inside a unit of work, for the guards of the workflows that fire in it.</summary>
internal static class PlanFacts
{
    public static PlanStanding Standing(IopDbContext db, CohortSetting setting, long enrolmentId, Instant now)
    {
        var zone = setting.Weeks.Zone;
        var versions = db.TreatmentPlans.Where(p => p.EnrolmentId == enrolmentId).OrderBy(p => p.Version)
            .Select(p => new { p.Id, p.Version, p.SignedUtc, p.GoalsActive, p.GoalsAchieved }).ToList();
        if (versions.Count == 0) return PlanStanding.NoPlan;
        var ids = versions.Select(v => v.Id).ToList();
        var versionOf = versions.ToDictionary(v => v.Id, v => v.Version);
        var reviews = db.PlanReviews.Where(r => ids.Contains(r.PlanId)).Select(r => new { r.PlanId, r.ReviewedOn }).AsEnumerable()
            .Select(r => (versionOf[r.PlanId], LocalDate.FromDateOnly(r.ReviewedOn))).ToList();
        return PlanStandings.Of(
            [.. versions.Select(v => Version(v.Version, v.SignedUtc, v.GoalsActive, v.GoalsAchieved, zone))],
            reviews, setting.Program.PlanReviewDays, now.InZone(zone).Date);
    }

    /// <summary>A stored version as the standing reads it: signed on the day the program's calendar says.</summary>
    public static PlanVersionFacts Version(int version, DateTime? signedUtc, int goalsActive, int goalsAchieved, DateTimeZone zone) =>
        new(version, signedUtc is { } signed ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(signed, DateTimeKind.Utc)).InZone(zone).Date : null,
            goalsActive, goalsAchieved);
}
