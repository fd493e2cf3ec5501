using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>A cohort's sessions for people: a week's calendar, and one session's register with each client's history.</summary>
public sealed class CohortSessions
{
    private readonly CohortReader _snapshots;

    public CohortSessions(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _snapshots = engine.Snapshots;
    }

    /// <summary>Every session of <paramref name="week"/>, group and individual, in time order.</summary>
    public CohortWeek Week(string cohortId, int week)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        if (week < 1 || week > cohort.Cohort.Weeks)
            throw EngineException.Invalid($"week {week}: cohort {cohort.Cohort.Id} runs weeks 1 to {cohort.Cohort.Weeks}");
        var sessions = whole.Sessions.Where(s => s.Week == week)
            .Select(s => CalendarSession.From(cohort.Curriculum, s, Owner(whole, s), cohort.ReadAt))
            .ToList();
        return new CohortWeek(cohort.Cohort.Id, week, cohort.Cohort.Weeks, cohort.Weeks.FirstDayOf(week), cohort.Weeks.LastDayOf(week), cohort.Zone.Id, sessions);
    }

    /// <summary>
    /// The register of one session: every client expected at it (their stage attends its track, or it is
    /// their own session), and anyone already recorded for it, each with every revision of their entry.
    /// </summary>
    public AttendanceSheet Sheet(string cohortId, long sessionId)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        var row = whole.Session(sessionId)
            ?? throw EngineException.NotFound($"cohort {cohort.Cohort.Id} has no session {sessionId}");
        var history = _snapshots.Revisions(row.Id).ToLookup(a => a.EnrolmentId);
        var lines = whole.Clients
            .Where(c => c.ExpectedAt(row) || history.Contains(c.Enrolment.Id))
            .Select(c => new SheetLine(c.Enrolment.ClientId, c.RosterName, c.Plan, [.. history[c.Enrolment.Id].Select(a => Entry(a, cohort.Zone))]))
            .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.ClientId, StringComparer.Ordinal)
            .ToList();
        return new AttendanceSheet(cohort.Cohort.Id, CalendarSession.From(cohort.Curriculum, row, Owner(whole, row), cohort.ReadAt), cohort.Zone.Id, lines);
    }

    private static string? Owner(WholeCohort whole, PlannedSessionRecord session) =>
        session.EnrolmentId is { } owner ? whole.Client(owner)?.Enrolment.ClientId : null;

    private static AttendanceEntry Entry(AttendanceRecord a, DateTimeZone zone) =>
        new(a.Revision, a.Status, a.Note, a.Actor, Instant.FromDateTimeUtc(DateTime.SpecifyKind(a.RecordedUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime);
}
