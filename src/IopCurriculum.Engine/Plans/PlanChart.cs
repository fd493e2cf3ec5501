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
            Content(r, stored),
            r.Source,
            r.Reason,
            r.CreatedBy,
            At(r.CreatedUtc, zone),
            r.SignedBy,
            r.SignedUtc is { } signed ? At(signed, zone) : null,
            r.ClientAgreedOn is { } agreed ? LocalDate.FromDateOnly(agreed) : null)).ToList();
        var versionOf = records.ToDictionary(r => r.Id, r => r.Version);
        var reviews = reviewRecords.Select(r => new PlanReview(versionOf[r.PlanId], LocalDate.FromDateOnly(r.ReviewedOn), r.ReviewedBy, r.Note)).ToList();
        return new ClientTreatmentPlan(enrolment.CohortId, enrolment.ClientId, Standing(versions, reviews, setting.Program.PlanReviewDays, now.InZone(zone).Date), versions, reviews);
    }

    public static PlanStanding Standing(IReadOnlyList<PlanVersion> versions, IReadOnlyList<PlanReview> reviews, int reviewDays, LocalDate today)
    {
        if (versions.Count == 0) return PlanStanding.NoPlan;
        var latest = versions[^1];
        var inForce = versions.LastOrDefault(v => v.IsSigned);
        var counted = inForce ?? latest;
        LocalDate? due = null;
        if (inForce is not null)
        {
            var lastReview = reviews.Where(r => r.Version == inForce.Version).Select(r => (LocalDate?)r.ReviewedOn).LastOrDefault();
            due = ReviewSchedule.Due(inForce.SignedAt!.Value.Date, lastReview, reviewDays);
        }
        return new PlanStanding(
            latest.IsSigned ? PlanStatus.InForce : PlanStatus.Draft,
            latest.Version,
            inForce?.Version,
            due,
            due is { } d && ReviewSchedule.Overdue(d, today),
            counted.Content.GoalsActive,
            counted.Content.GoalsAchieved);
    }

    private static TreatmentPlanContent Content(TreatmentPlanRecord record, PlanContext stored)
    {
        var parsed = PlanFileReader.Parse(record.Source, $"plan version {record.Version}", stored);
        return parsed.Succeeded
            ? parsed.Value
            : throw EngineException.Invalid($"stored plan version {record.Version} no longer reads", [.. parsed.Diagnostics.Select(d => d.ToString())]);
    }

    private static ZonedDateTime At(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone);
}
