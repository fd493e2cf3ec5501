using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// The home page's view of today across some cohorts: each cohort's sessions on its own local date, and
/// the clients whose plan review is overdue or due within <see cref="ReviewWindowDays"/> days. Read only.
/// </summary>
public sealed class StaffDays
{
    /// <summary>How far ahead a plan review counts as due soon.</summary>
    public const int ReviewWindowDays = 7;

    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private readonly CohortReader _snapshots;

    public StaffDays(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _snapshots = engine.Snapshots;
    }

    public StaffDay Today(IEnumerable<string> cohortIds)
    {
        ArgumentNullException.ThrowIfNull(cohortIds);
        var today = new List<(DateTime Start, SessionToday Session)>();
        (DateTime Start, SessionToday Session)? next = null;
        var reviews = new List<PlanReviewDue>();
        foreach (var cohortId in cohortIds)
        {
            var whole = _snapshots.Whole(cohortId);
            var cohort = whole.Cohort;
            var date = cohort.ReadAt.InZone(cohort.Zone).Date;
            foreach (var row in whole.Sessions)
            {
                var day = LocalStart.Parse(row.LocalStart).GetValueOrThrow().Date;
                if (day == date) today.Add((row.StartUtc, Counted(whole, row)));
                else if (day > date && row.Status != "cancelled" && (next is null || row.StartUtc < next.Value.Start))
                    next = (row.StartUtc, Counted(whole, row));
            }
            reviews.AddRange(whole.Clients
                .Where(c => c.Active && c.Plan.ReviewDue is { } due && due <= date.PlusDays(ReviewWindowDays))
                .Select(c => new PlanReviewDue(cohort.Cohort.Id, c.Enrolment.ClientId, c.RosterName, c.Plan.ReviewDue!.Value, c.Plan.ReviewOverdue, date)));
        }
        return new StaffDay(
            [.. today.OrderBy(s => s.Start).ThenBy(s => s.Session.CohortId, StringComparer.Ordinal).Select(s => s.Session)],
            today.Count == 0 ? next?.Session : null,
            [.. reviews.OrderBy(r => r.DaysLeft).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ClientId, StringComparer.Ordinal)]);
    }

    private static SessionToday Counted(WholeCohort whole, PlannedSessionRecord row)
    {
        var cohort = whole.Cohort;
        int listed = 0, recorded = 0;
        foreach (var client in whole.Clients)
        {
            var entered = client.Attendance.ContainsKey(row.Id);
            if (entered) recorded++;
            if (entered || client.ExpectedAt(row)) listed++;
        }
        var owner = row.EnrolmentId is { } id ? whole.Client(id)?.Enrolment.ClientId : null;
        return new SessionToday(cohort.Cohort.Id, CalendarSession.From(cohort.Curriculum, row, owner, cohort.ReadAt), listed, recorded);
    }
}
