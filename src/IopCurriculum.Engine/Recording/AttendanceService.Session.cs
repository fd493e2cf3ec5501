using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Recording;

public sealed partial class AttendanceService
{
    /// <summary>
    /// Records a whole session's register in one transaction: every changed entry is a new revision, or,
    /// when any entry is refused, nothing is written. An entry that repeats the client's latest status and
    /// note is left alone, so saving a register twice adds no corrections nobody made.
    /// </summary>
    public SessionAttendanceResult RecordSession(SessionAttendanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var statuses = request.Entries.Select(e => (Entry: e, Status: AttendanceWords.Parse(e.Status))).ToList();
        var twice = request.Entries.GroupBy(e => e.ClientId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw EngineException.Invalid($"client {twice.Key} is on the register twice");
        var written = UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var session = db.PlannedSessions.SingleOrDefault(s => s.Id == request.SessionId && s.CohortId == cohort.Id)
                ?? throw EngineException.NotFound($"cohort {cohort.Id} has no session {request.SessionId}");
            if (session.StartUtc > _context.UtcNow)
                throw EngineException.Invalid($"{SessionLabels.Of(session)} is not until {session.LocalStart.Replace('T', ' ')} ({setting.Weeks.Zone.Id}); record attendance once the session has begun");

            var recorded = new List<Recorded>();
            var unchanged = 0;
            foreach (var (entry, status) in statuses)
            {
                var enrolment = TriggerFiring.Enrolment(db, cohort.Id, entry.ClientId);
                if (session.EnrolmentId is { } owner && owner != enrolment.Id)
                    throw EngineException.Invalid($"{SessionLabels.Of(session)} (session {session.Id}) is another client's individual session, not {entry.ClientId}'s");
                var note = FieldRules.Note(entry.Note, $"the note for client {entry.ClientId}", AttendanceNoteLength);
                var latest = db.CurrentAttendance.SingleOrDefault(a => a.PlannedSessionId == session.Id && a.EnrolmentId == enrolment.Id);
                if (latest is not null && latest.Status == status.Word() && latest.Note == note)
                {
                    unchanged++;
                    continue;
                }
                recorded.Add(RecordOne(db, setting, enrolment, session, status, note, request.Actor));
            }
            var client = session.EnrolmentId is { } id ? db.Enrolments.Where(e => e.Id == id).Select(e => e.ClientId).Single() : null;
            return (Setting: setting, Session: session, Client: client, Recorded: recorded, Unchanged: unchanged);
        });
        // Mapped once the unit has committed: the journal's ids are only known then.
        return new SessionAttendanceResult(
            CalendarSession.From(written.Setting.Curriculum, written.Session, written.Client, _context.Now),
            [.. written.Recorded.Select(Shown)], written.Unchanged);
    }
}
