using System.Globalization;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Recording;

/// <summary>
/// Records a client's attendance at a session. A correction is a new revision; earlier ones stay as
/// history. Each record fires the client's workflows in the same transaction.
/// </summary>
public sealed partial class AttendanceService
{
    private readonly EngineContext _context;

    internal AttendanceService(EngineContext context) => _context = context;

    /// <summary>The longest attendance note, as the register's note field allows.</summary>
    internal const int AttendanceNoteLength = 500;

    public AttendanceResult Record(AttendanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = AttendanceWords.Parse(request.Status);
        var note = FieldRules.Note(request.Note, "the note", AttendanceNoteLength);
        return Shown(UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var session = FindSession(db, setting, enrolment, request);
            return RecordOne(db, setting, enrolment, session, status, note, request.Actor);
        }));
    }

    /// <summary>Adds one revision of one client's entry for one session and fires their workflows, inside the caller's transaction.</summary>
    private Recorded RecordOne(Persistence.IopDbContext db, CohortSetting setting, EnrolmentRecord enrolment, PlannedSessionRecord session,
        AttendanceStatus status, string? note, string actor)
    {
        if (session.Week < enrolment.StartWeek)
            throw EngineException.Invalid($"{SessionLabels.Of(session)} (week {session.Week}) was before client {enrolment.ClientId} joined in week {enrolment.StartWeek}");
        if (session.Status == "cancelled" && status != AttendanceStatus.CancelledByProgram)
            throw EngineException.Invalid(
                $"{SessionLabels.Of(session)} on {session.LocalStart.Replace('T', ' ')} was cancelled{(session.Note is null ? "" : $" ({session.Note})")}; only 'cancelled' can be recorded for it");

        var revision = db.CurrentAttendance.Where(a => a.PlannedSessionId == session.Id && a.EnrolmentId == enrolment.Id)
            .Select(a => a.Revision).SingleOrDefault();
        var record = new AttendanceRecord
        {
            PlannedSessionId = session.Id,
            EnrolmentId = enrolment.Id,
            Revision = revision + 1,
            Status = status.Word(),
            RecordedUtc = _context.UtcNow,
            Actor = actor,
            Note = note,
        };
        db.Attendance.Add(record);
        db.SaveChanges();

        var fired = TriggerFiring.FireAll(db, _context, setting, enrolment, WorkflowTrigger.SessionRecorded,
            new TriggerFacts(Track: session.TrackCode, Status: status.Word()),
            instance => OccurrenceKeys.SessionRecorded(instance.Id, session.Id, record.Revision),
            session.Week, actor, note);
        return new Recorded(setting, session, record, enrolment.ClientId, [.. fired.Select(f => f.Entry!)]);
    }

    /// <summary>What was recorded, as the caller sees it; mapped once the unit has committed, as the journal's ids are only known then.</summary>
    private AttendanceResult Shown(Recorded recorded)
    {
        var (setting, session, entry, clientId, journal) = recorded;
        var at = Instant.FromDateTimeUtc(DateTime.SpecifyKind(entry.RecordedUtc, DateTimeKind.Utc)).InZone(setting.Weeks.Zone).LocalDateTime;
        return new AttendanceResult(
            CalendarSession.From(setting.Curriculum, session, session.EnrolmentId is null ? null : clientId, _context.Now),
            new AttendanceEntry(entry.Revision, entry.Status, entry.Note, entry.Actor, at),
            [.. journal.Select(JournalStep.From)]);
    }

    /// <summary>One client's entry as written inside a unit of work, before it has committed.</summary>
    private sealed record Recorded(CohortSetting Setting, PlannedSessionRecord Session, AttendanceRecord Entry, string ClientId, IReadOnlyList<JournalRecord> Journal);

    private PlannedSessionRecord FindSession(Persistence.IopDbContext db, CohortSetting setting, EnrolmentRecord enrolment, AttendanceRequest request)
    {
        if (request.SessionId is { } id)
        {
            var byId = db.PlannedSessions.SingleOrDefault(s => s.Id == id && s.CohortId == setting.Cohort.Id && (s.EnrolmentId == null || s.EnrolmentId == enrolment.Id))
                ?? throw EngineException.NotFound($"cohort {setting.Cohort.Id} has no session {id} for client {enrolment.ClientId}");
            // Attendance is only known once a session has begun, however the session is named.
            if (byId.StartUtc > _context.UtcNow)
                throw EngineException.Invalid($"session {id} ({SessionLabels.Of(byId)}) is not until {byId.LocalStart.Replace('T', ' ')} ({setting.Weeks.Zone.Id}); record attendance once the session has begun");
            return byId;
        }

        var text = request.Session?.Trim() ?? throw EngineException.InvalidField("session", "name the session, such as RP 3");
        string trackCode;
        int? number = null;
        if (SessionCode.TryParse(text, out var code))
        {
            trackCode = code.Track.Value;
            number = code.Number;
        }
        else trackCode = text.ToUpperInvariant();
        if (setting.Curriculum.FindTrack(new TrackCode(trackCode)) is null)
            throw EngineException.InvalidField("session", $"there is no session \"{text}\": curriculum {setting.Curriculum.Id} has no track {trackCode} (tracks: {string.Join(", ", setting.Curriculum.Tracks.Select(t => t.Code))})");

        var candidates = db.PlannedSessions
            .Where(s => s.CohortId == setting.Cohort.Id && s.TrackCode == trackCode && (s.EnrolmentId == null || s.EnrolmentId == enrolment.Id))
            .Where(s => number == null || s.SessionNumber == number)
            .Where(s => request.Week == null || s.Week == request.Week)
            .OrderBy(s => s.StartUtc)
            .ToList();
        var what = request.Week is { } w ? string.Create(CultureInfo.InvariantCulture, $"{text} in week {w}") : text;
        if (candidates.Count == 0)
            throw EngineException.NotFound($"cohort {setting.Cohort.Id} has no session {what} for client {enrolment.ClientId}");
        var now = _context.UtcNow;
        var begun = candidates.Where(s => s.StartUtc <= now).ToList();
        if (begun.Count == 0)
        {
            var next = candidates[0];
            throw EngineException.Invalid($"{what} is not until {next.LocalStart.Replace('T', ' ')} ({setting.Weeks.Zone.Id}); record attendance once the session has begun");
        }
        // Open groups repeat their blocks; without a week, the latest session that has begun is meant.
        return begun[^1];
    }
}
