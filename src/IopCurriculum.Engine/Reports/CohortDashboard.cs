using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>
/// Reads a cohort's dashboard: per client, stages, attendance per track, missed sessions and their
/// make-ups, hours per week against the program's weekly minimum; for the cohort, fidelity per week.
/// Every figure comes from the latest revision of each attendance entry.
/// </summary>
public sealed class CohortDashboard
{
    private readonly EngineContext _context;
    private readonly EngineReports _reports;

    public CohortDashboard(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _context = engine.Context;
        _reports = engine.Reports;
    }

    public DashboardView Read(string cohortId)
    {
        var status = _reports.Status(cohortId);
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var now = _context.Now;
        var lastWeek = Math.Min(setting.Weeks.WeekAt(now), cohort.Weeks);
        var sessions = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id).ToList();
        var byId = sessions.ToDictionary(s => s.Id);
        var clients = ExpectedClients.Read(_context, db, setting);
        var latest = (from a in db.Attendance.AsNoTracking()
                      join e in db.Enrolments.AsNoTracking() on a.EnrolmentId equals e.Id
                      where e.CohortId == cohort.Id
                      select a).ToList()
            .GroupBy(a => (a.EnrolmentId, a.PlannedSessionId))
            .Select(g => g.MaxBy(a => a.Revision)!)
            .Select(a => new Entry(a.EnrolmentId, byId[a.PlannedSessionId], AttendanceWords.Parse(a.Status)))
            .ToList();
        var results = (from r in db.TestResults.AsNoTracking()
                       join e in db.Enrolments.AsNoTracking() on r.EnrolmentId equals e.Id
                       where e.CohortId == cohort.Id
                       select r).ToList();
        var minimum = setting.Calendar.MinimumWeeklyHours;
        var facts = new WeekFacts(setting, now, sessions, latest);

        var progress = status.Clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        var boards = clients.Select(client =>
        {
            var mine = latest.Where(e => e.EnrolmentId == client.Enrolment.Id).ToList();
            var tracks = mine.Where(e => e.Status != AttendanceStatus.CancelledByProgram)
                .GroupBy(e => e.Session.TrackCode, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new TrackTally(g.Key, g.Count(e => e.Status.Present()), g.Count(e => MakeUps.Missed(e.Status))))
                .ToList();
            var missed = MakeUps.Find(mine.Select(e => new RecordedSession(
                e.Session.Id, e.Session.TrackCode, e.Session.SessionNumber, e.Session.Week, StartOf(e.Session),
                e.Session.EnrolmentId is null && setting.Curriculum.FindTrack(new TrackCode(e.Session.TrackCode))?.Kind == TrackKind.Group,
                e.Status)));
            var hours = Enumerable.Range(client.Enrolment.StartWeek, Math.Max(0, lastWeek - client.Enrolment.StartWeek + 1))
                .Select(week => Hours(week, client, sessions, mine, facts.Ended(week), minimum))
                .ToList();
            return new ClientBoard(progress[client.Enrolment.ClientId], client.Name, tracks, missed, hours);
        }).ToList();

        var fidelity = Enumerable.Range(1, Math.Max(0, lastWeek))
            .Select(week => new FidelityWeek(week, FidelityRules.Check(facts, week, clients, results)))
            .ToList();
        return new DashboardView(status, minimum, boards, fidelity);
    }

    private static WeekHours Hours(int week, ExpectedClient client, List<PlannedSessionRecord> sessions, List<Entry> mine, bool ended, decimal minimum)
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
