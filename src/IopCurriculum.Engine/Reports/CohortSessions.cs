using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>A cohort's sessions for people: a week's calendar, and one session's register with each client's history.</summary>
public sealed class CohortSessions
{
    private readonly EngineContext _context;

    public CohortSessions(IopEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _context = engine.Context;
    }

    /// <summary>Every session of <paramref name="week"/>, group and individual, in time order.</summary>
    public CohortWeek Week(string cohortId, int week)
    {
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        if (week < 1 || week > cohort.Weeks)
            throw EngineException.Invalid($"week {week}: cohort {cohort.Id} runs weeks 1 to {cohort.Weeks}");
        var owners = db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohort.Id).ToDictionary(e => e.Id, e => e.ClientId);
        var now = _context.Now;
        var sessions = db.PlannedSessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id && s.Week == week)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.Id)
            .AsEnumerable()
            .Select(s => CalendarSession.From(setting.Curriculum, s, s.EnrolmentId is { } o ? owners.GetValueOrDefault(o) : null, now))
            .ToList();
        return new CohortWeek(cohort.Id, week, cohort.Weeks, setting.Weeks.FirstDayOf(week), setting.Weeks.LastDayOf(week), setting.Weeks.Zone.Id, sessions);
    }

    /// <summary>
    /// The register of one session: every client expected at it (their stage attends its track, or it is
    /// their own session), and anyone already recorded for it, each with every revision of their entry.
    /// </summary>
    public AttendanceSheet Sheet(string cohortId, long sessionId)
    {
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var row = db.PlannedSessions.AsNoTracking().SingleOrDefault(s => s.Id == sessionId && s.CohortId == cohort.Id)
            ?? throw EngineException.NotFound($"cohort {cohort.Id} has no session {sessionId}");
        var clients = ExpectedClients.Read(_context, db, setting);
        var history = db.Attendance.AsNoTracking().Where(a => a.PlannedSessionId == row.Id).OrderBy(a => a.Revision).ToList()
            .ToLookup(a => a.EnrolmentId);
        var zone = setting.Weeks.Zone;
        var lines = clients
            .Where(c => c.ExpectedAt(row) || history.Contains(c.Enrolment.Id))
            .Select(c => new SheetLine(c.Enrolment.ClientId, c.Name, [.. history[c.Enrolment.Id].Select(a => Entry(a, zone))]))
            .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.ClientId, StringComparer.Ordinal)
            .ToList();
        var owner = row.EnrolmentId is { } id ? clients.FirstOrDefault(c => c.Enrolment.Id == id)?.Enrolment.ClientId : null;
        return new AttendanceSheet(cohort.Id, CalendarSession.From(setting.Curriculum, row, owner, _context.Now), zone.Id, lines);
    }

    private static AttendanceEntry Entry(AttendanceRecord a, DateTimeZone zone) =>
        new(a.Revision, a.Status, a.Note, a.Actor, Instant.FromDateTimeUtc(DateTime.SpecifyKind(a.RecordedUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime);
}

public sealed record CohortWeek(string CohortId, int Week, int Weeks, LocalDate FirstDay, LocalDate LastDay, string TimeZone, IReadOnlyList<CalendarSession> Sessions);

public sealed record AttendanceSheet(string CohortId, CalendarSession Session, string TimeZone, IReadOnlyList<SheetLine> Lines);

/// <param name="History">Every revision of the client's entry for the session, oldest first; the last is current.</param>
public sealed record SheetLine(string ClientId, string Name, IReadOnlyList<AttendanceEntry> History)
{
    public AttendanceEntry? Current => History.Count == 0 ? null : History[^1];
}

/// <param name="At">When it was recorded, in the program's local time.</param>
public sealed record AttendanceEntry(int Revision, string Status, string? Note, string Actor, LocalDateTime At);
