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
    private readonly Consent.ConsentService _consents;

    public CohortDashboard(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _snapshots = engine.Snapshots;
        _consents = engine.Consents;
    }

    /// <summary>How far ahead a plan review shows on the census as coming due.</summary>
    public const int ReviewSoonDays = 7;

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
        var consent = _consents.Warnings([.. whole.Clients.Select(c => c.Enrolment.ClientId)]);
        var due = Measures.MeasuresDue.ForCohort(cohort, whole.Clients);
        var census = whole.Clients.Zip(boards, (client, board) => Census(client, board, latest, cohort.RunningWeek, cohort.LastWeekFor, cohort.ReadAt.InZone(cohort.Zone).Date, consent, due)).ToList();
        var byWeek = Enumerable.Range(1, Math.Max(0, lastWeek))
            .Select(week => new AttendanceWeek(week, AttendanceShare.Of(latest.Where(e => e.Session.Week == week).Select(e => e.Status))))
            .ToList();
        return new DashboardView(status, minimum, boards, fidelity, census, ShortWeeks(whole, facts, minimum), byWeek, due, consent);
    }

    private static CensusRow Census(ClientSnapshot client, ClientBoard board, List<Entry> latest, int runningWeek, Func<int, int> lastWeekFor, LocalDate today,
        IReadOnlyDictionary<string, Consent.ConsentWarning> consent, IReadOnlyList<Measures.MeasureDueItem> due)
    {
        var id = client.Enrolment.ClientId;
        var mine = latest.Where(e => e.EnrolmentId == client.Enrolment.Id).ToList();
        var last = client.Results.OrderByDescending(r => r.CollectedOn).ThenByDescending(r => r.Id).FirstOrDefault();
        return new CensusRow(
            id,
            board.Name,
            board.Progress.Workflows,
            client.Enrolment.StartWeek,
            Math.Max(0, runningWeek - client.Enrolment.StartWeek + 1),
            lastWeekFor(client.Enrolment.StartWeek) - client.Enrolment.StartWeek + 1,
            AttendanceShare.Of(mine.Where(e => e.Session.Week == runningWeek).Select(e => e.Status)),
            AttendanceShare.Of(mine.Select(e => e.Status)),
            board.Hours.FirstOrDefault(h => h.Week == runningWeek),
            last is null ? null : new CensusTest(last.Kind, last.Outcome, LocalDate.FromDateOnly(last.CollectedOn)),
            client.Plan.ReviewDue,
            client.Plan.ReviewOverdue,
            !client.Plan.ReviewOverdue && client.Plan.ReviewDue is { } review && review <= today.PlusDays(ReviewSoonDays),
            board.Missed.Count(m => m.MadeUpWeek is null),
            consent.GetValueOrDefault(id),
            due.Count(d => d.ClientId == id),
            !client.Active);
    }

    /// <summary>
    /// The running week and those after it whose schedule gives some client in treatment fewer hours than
    /// the minimum; a cohort with nobody in treatment is judged on its group sessions alone.
    /// </summary>
    private static List<ShortWeek> ShortWeeks(WholeCohort whole, WeekFacts facts, decimal minimum)
    {
        var cohort = whole.Cohort;
        var weeks = new List<ShortWeek>();
        for (var week = Math.Max(1, cohort.RunningWeek); week <= cohort.Cohort.Weeks; week++)
        {
            if (facts.Ended(week)) continue;
            var live = whole.Sessions.Where(s => s.Week == week && s.Status != "cancelled").ToList();
            var clients = whole.Clients.Where(c => c.Active && c.Enrolment.StartWeek <= week && week <= cohort.LastWeekFor(c.Enrolment.StartWeek)).ToList();
            var hours = clients.Count == 0
                ? [live.Where(s => s.EnrolmentId is null).Sum(s => s.Minutes) / 60m]
                : clients.Select(c => live.Where(c.ExpectedAt).Sum(s => s.Minutes) / 60m).ToList();
            var fewest = hours.Min();
            if (fewest >= minimum) continue;
            weeks.Add(new ShortWeek(week, cohort.Weeks.FirstDayOf(week), fewest, clients.Count == 0 ? 0 : hours.Count(h => h < minimum), clients.Count));
        }
        return weeks;
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
