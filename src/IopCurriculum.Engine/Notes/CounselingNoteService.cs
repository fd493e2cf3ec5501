using IopCurriculum.Access;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>
/// SUD counseling notes (42 CFR Part 2 as amended in 2024): a counselor's own notes of counseling,
/// kept apart from the record. They are readable only by their author and the roles the program
/// allows, need a consent of their own to be disclosed, and so appear in no export, chart summary or
/// billing day. Each is locked when written.
/// </summary>
public sealed class CounselingNoteService
{
    private readonly EngineContext _context;
    private readonly UserDirectory _users;

    internal CounselingNoteService(EngineContext context, UserDirectory users)
    {
        _context = context;
        _users = users;
    }

    /// <returns>The note's id.</returns>
    public long Write(string cohortId, string clientId, long? sessionId, string text, string actor)
    {
        var author = NoteWriters.Require(_users, actor, cohortId, "write SUD counseling notes");
        var body = FieldRules.Note(text, "the counseling note", ProgressNoteService.NarrativeLength) ?? throw EngineException.Invalid("the counseling note is empty");
        return UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, cohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
            if (sessionId is { } id)
            {
                var session = db.PlannedSessions.SingleOrDefault(s => s.Id == id && s.CohortId == cohort.Id)
                    ?? throw EngineException.NotFound($"cohort {cohort.Id} has no session {id}");
                if (session.StartUtc > _context.UtcNow)
                    throw EngineException.Invalid($"{SessionLabels.Of(session)} is not until {session.LocalStart.Replace('T', ' ')} ({setting.Weeks.Zone.Id}); write about it once it has begun");
            }
            var record = new CounselingNoteRecord { EnrolmentId = enrolment.Id, PlannedSessionId = sessionId, Text = body, Author = author.UserName, CreatedUtc = _context.UtcNow };
            db.CounselingNotes.Add(record);
            db.SaveChanges();
            return record.Id;
        });
    }

    /// <summary>The client's counseling notes <paramref name="reader"/> may read: their own, or all where the program lets one of their roles.</summary>
    public IReadOnlyList<CounselingNote> Read(string cohortId, string clientId, string reader)
    {
        var user = _users.Find(reader);
        using var db = _context.Database.Open();
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var enrolment = TriggerFiring.Enrolment(db, cohort.Id, clientId);
        if (user is null || user.DisabledUtc is not null) return [];
        var allowed = Roles.Parse(user.Roles).Intersect(AllowedRoles(setting.Program)).Any();
        var zone = setting.Weeks.Zone;
        return [.. db.CounselingNotes.AsNoTracking()
            .Where(n => n.EnrolmentId == enrolment.Id && (allowed || n.Author == user.UserName))
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Text, n.Author, n.CreatedUtc, Session = db.PlannedSessions.Where(s => s.Id == n.PlannedSessionId).Select(s => new { s.TrackCode, s.SessionNumber }).FirstOrDefault() })
            .AsEnumerable()
            .Select(n => new CounselingNote(n.Id, clientId,
                n.Session is null ? null : n.Session.SessionNumber is { } number ? $"{n.Session.TrackCode} {number}" : n.Session.TrackCode,
                n.Text, n.Author, Instant.FromDateTimeUtc(DateTime.SpecifyKind(n.CreatedUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime))];
    }

    internal static IReadOnlyList<string> AllowedRoles(ProgramRecord program) =>
        string.IsNullOrWhiteSpace(program.CounselingNoteRoles) ? [] : Roles.Parse(program.CounselingNoteRoles);
}
