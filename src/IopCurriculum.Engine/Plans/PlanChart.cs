using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans;
using IopCurriculum.Plans.Files;
using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>Turns an enrolment's stored plan versions and reviews into what staff read, and works out where the plan stands today.</summary>
internal static class PlanChart
{
    public static ClientTreatmentPlan Of(CohortSetting setting, EnrolmentRecord enrolment, IReadOnlyList<TreatmentPlanRecord> records,
        IReadOnlyList<PlanReviewRecord> reviewRecords, Instant now, PlanContext stored)
    {
        var zone = setting.Weeks.Zone;
        var versions = records.Select(r => new PlanVersion(
            r.Version,
            StoredPlans.Read(r.Source, r.Version, stored),
            r.Source,
            r.Reason,
            r.CreatedBy,
            At(r.CreatedUtc, zone),
            r.SignedBy,
            r.SignedUtc is { } signed ? At(signed, zone) : null,
            r.ClientAgreedOn is { } agreed ? LocalDate.FromDateOnly(agreed) : null)).ToList();
        var versionOf = records.ToDictionary(r => r.Id, r => r.Version);
        var reviews = reviewRecords.Select(r => new PlanReview(versionOf[r.PlanId], LocalDate.FromDateOnly(r.ReviewedOn), r.ReviewedBy, r.Note)).ToList();
        var standing = PlanStandings.Of(
            [.. records.Select(r => PlanFacts.Version(r.Version, r.SignedUtc, r.GoalsActive, r.GoalsAchieved, zone))], [.. reviews.Select(r => (r.Version, r.ReviewedOn))], setting.Program.PlanReviewDays, now.InZone(zone).Date);
        return new ClientTreatmentPlan(enrolment.CohortId, enrolment.ClientId, standing, versions, reviews, setting.Program.PlanReviewDays);
    }

    private static ZonedDateTime At(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone);
}
