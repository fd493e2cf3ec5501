using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// Reads a cohort's dashboard: per client, stages, attendance per track, missed sessions and their
/// make-ups, hours per week against the program's weekly minimum; for the cohort, fidelity per week.
/// Every figure comes from the latest revision of each attendance entry.
/// </summary>
public sealed class CohortDashboard
{
    private readonly CohortReader _snapshots;

    public CohortDashboard(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _snapshots = engine.Snapshots;
    }

    public DashboardView Read(string cohortId)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        var status = EngineReports.Status(whole);
        var lastWeek = Math.Min(cohort.RunningWeek, cohort.Cohort.Weeks);
        var latest = whole.Clients
            .SelectMany(c => whole.Attendance(c).Select(a => new Entry(c.Enrolment.Id, a.Session, AttendanceWords.Parse(a.Entry.Status))))
            .ToList();
        var minimum = cohort.Calendar.MinimumWeeklyHours;
        var facts = new WeekFacts(cohort, whole.Sessions, latest);

        var progress = status.Clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        var boards = whole.Clients.Select(client =>
        {
            var mine = latest.Where(e => e.EnrolmentId == client.Enrolment.Id).ToList();
            var tracks = mine.Where(e => e.Status != AttendanceStatus.CancelledByProgram)
                .GroupBy(e => e.Session.TrackCode, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TrackTally(g.Key, g.Count(e => e.Status.Present()), g.Count(e => MakeUps.Missed(e.Status))))
                .ToList();
            var missed = MakeUps.Find(mine.Select(e => new RecordedSession(
                e.Session.Id, e.Session.TrackCode, e.Session.SessionNumber, e.Session.Week, StartOf(e.Session),
                e.Session.EnrolmentId is null && cohort.Track(e.Session.TrackCode)?.Kind == TrackKind.Group,
                e.Status)));
            var hours = Enumerable.Range(client.Enrolment.StartWeek, Math.Max(0, lastWeek - client.Enrolment.StartWeek + 1))
                .Select(week => Hours(week, client, whole.Sessions, mine, facts.Ended(week), minimum))
                .ToList();
            return new ClientBoard(progress[client.Enrolment.ClientId], client.RosterName, tracks, missed, hours);
        }).ToList();

        var fidelity = Enumerable.Range(1, Math.Max(0, lastWeek))
            .Select(week => new FidelityWeek(week, FidelityRules.Check(facts, week, whole.Clients)))
            .ToList();
        return new DashboardView(status, minimum, boards, fidelity);
    }

    private static WeekHours Hours(int week, ClientSnapshot client, IReadOnlyList<PlannedSessionRecord> sessions, List<Entry> mine, bool ended, decimal minimum)
    {
        var scheduled = sessions.Where(s => s.Week == week && s.Status != "cancelled" && client.ExpectedAt(s)).Sum(s => s.Minutes) / 60m;
        var attended = mine.Where(e => e.Session.Week == week && e.Status.Present()).Sum(e => e.Session.Minutes) / 60m;
        var shortfall = HoursShortfall.None;
        if (scheduled < minimum) shortfall |= HoursShortfall.Scheduled;
        // Hours still to come can make up a running week; only a week that is over is judged on attendance.
        if (ended && attended < minimum) shortfall |= HoursShortfall.Attended;
        return new WeekHours(week, scheduled, attended, ended, shortfall);
    }

    internal static Instant StartOf(PlannedSessionRecord session) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(session.StartUtc, DateTimeKind.Utc));

    /// <summary>The latest entry of one client for one session.</summary>
    internal sealed record Entry(long EnrolmentId, PlannedSessionRecord Session, AttendanceStatus Status);
}
