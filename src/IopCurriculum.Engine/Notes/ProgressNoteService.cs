using IopCurriculum.Access;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Goals;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>
/// Progress notes for group and individual sessions: a shared narrative per session and a note per
/// client present, in the program's format, naming the client's plan goals. A note is a draft until
/// signed; signed, it is locked, and later words are addenda with their reason. Notes of staff who
/// need it are complete once a supervisor co-signs. Each call is one transaction; a refused one writes nothing.
/// </summary>
public sealed partial class ProgressNoteService
{
    /// <summary>The longest shared narrative and addendum, in characters.</summary>
    public const int NarrativeLength = 4000;

    private readonly EngineContext _context;
    private readonly CohortReader _snapshots;
    private readonly UserDirectory _users;

    internal ProgressNoteService(EngineContext context, CohortReader snapshots, UserDirectory users)
    {
        _context = context;
        _snapshots = snapshots;
        _users = users;
    }

    /// <summary>
    /// A session's notes sheet: every client expected at it or recorded for it, with their attendance,
    /// note and the goals their note may name, and the curriculum's topic and goals as context.
    /// </summary>
    public SessionNotes Read(string cohortId, long sessionId)
    {
        var whole = _snapshots.Whole(cohortId);
        var cohort = whole.Cohort;
        var row = whole.Session(sessionId) ?? throw EngineException.NotFound($"cohort {cohort.Cohort.Id} has no session {sessionId}");
        var track = NotedTrack(cohort.Curriculum, row);
        var content = row.SessionNumber is { } number ? track.FindSession(number)?.Content : null;
        using var db = _context.Database.Open();
        var narrative = db.SessionNarratives.AsNoTracking().Where(n => n.PlannedSessionId == row.Id).Select(n => n.Text).SingleOrDefault();
        var notes = whole.Clients.SelectMany(c => c.Notes).Where(n => n.PlannedSessionId == row.Id).ToList();
        var addenda = Addenda(db, notes.Select(n => n.Id), cohort.Zone);
        var lines = whole.Clients
            .Where(c => c.ExpectedAt(row) || c.Attendance.ContainsKey(row.Id) || c.Notes.Any(n => n.PlannedSessionId == row.Id))
            .Select(c =>
            {
                var note = c.Notes.FirstOrDefault(n => n.PlannedSessionId == row.Id);
                return new NoteLine(c.Enrolment.ClientId, c.RosterName, c.Attendance.GetValueOrDefault(row.Id)?.Status,
                    note is null ? null : View(note, row, c.Enrolment.ClientId, narrative, addenda[note.Id], cohort.Zone),
                    c.Plan.SignedVersion, ActiveGoals(c));
            })
            .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.ClientId, StringComparer.Ordinal)
            .ToList();
        var owner = row.EnrolmentId is { } id ? whole.Client(id)?.Enrolment.ClientId : null;
        return new SessionNotes(cohort.Cohort.Id, CalendarSession.From(cohort.Curriculum, row, owner, cohort.ReadAt), cohort.Zone.Id,
            FormatOf(cohort.Program), content?.Title, content?.Goals ?? track.Profile.Goals, narrative, row.EnrolmentId is null, lines);
    }

    /// <summary>Every progress note of the client in the cohort, newest session first.</summary>
    public IReadOnlyList<ProgressNote> ForClient(string cohortId, string clientId)
    {
        var cohort = _snapshots.Cohort(cohortId);
        long enrolment;
        using (var db = _context.Database.Open())
            enrolment = db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohort.Cohort.Id && e.ClientId == clientId).Select(e => e.Id).FirstOrDefault();
        var client = _snapshots.Clients(cohort, enrolmentIds: [enrolment]).FirstOrDefault()
            ?? throw EngineException.NotFound($"client {clientId} is not enrolled in cohort {cohort.Cohort.Id}");
        return ForClient(cohort, client);
    }

    /// <summary>The client's notes as their snapshot holds them, newest session first.</summary>
    internal IReadOnlyList<ProgressNote> ForClient(CohortSnapshot cohort, ClientSnapshot client)
    {
        var sessions = cohort.GroupSessions.Concat(client.OwnSessions).ToDictionary(s => s.Id);
        using var db = _context.Database.Open();
        var sessionIds = client.Notes.Select(n => n.PlannedSessionId).ToList();
        var narratives = db.SessionNarratives.AsNoTracking().Where(n => sessionIds.Contains(n.PlannedSessionId)).ToDictionary(n => n.PlannedSessionId, n => n.Text);
        var addenda = Addenda(db, client.Notes.Select(n => n.Id), cohort.Zone);
        return [.. client.Notes
            .Where(n => sessions.ContainsKey(n.PlannedSessionId))
            .Select(n => (Note: n, Session: sessions[n.PlannedSessionId]))
            .OrderByDescending(x => x.Session.StartUtc)
            .Select(x => View(x.Note, x.Session, client.Enrolment.ClientId, narratives.GetValueOrDefault(x.Session.Id), addenda[x.Note.Id], cohort.Zone))];
    }

    /// <summary>
    /// The session a person names: its label (<c>RP 1</c>) and week, and for an individual session run for
    /// several clients that week, the client's.
    /// </summary>
    public long FindSession(string cohortId, string label, int week, string? clientId = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        var whole = _snapshots.Whole(cohortId);
        var named = whole.Sessions.Where(s => s.Week == week && string.Equals(SessionLabels.Of(s), label.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (clientId is not null && named.Count > 1)
            named = [.. named.Where(s => s.EnrolmentId is { } owner && whole.Client(owner)?.Enrolment.ClientId == clientId)];
        return named.Count switch
        {
            1 => named[0].Id,
            0 => throw EngineException.NotFound($"cohort {whole.Cohort.Cohort.Id} has no session {label} in week {week}"),
            _ => throw EngineException.Invalid($"{label} in week {week} is several clients' individual sessions; name the client ({string.Join(", ", named.Select(s => $"{whole.Client(s.EnrolmentId!.Value)?.Enrolment.ClientId}: session {s.Id}"))})"),
        };
    }

    /// <summary>
    /// The sessions of the cohorts that still owe notes, oldest first: a client recorded present with no
    /// note, a draft not signed, a signed note awaiting a supervisor's co-signature.
    /// </summary>
    public IReadOnlyList<NotesDue> Due(IEnumerable<string> cohortIds)
    {
        ArgumentNullException.ThrowIfNull(cohortIds);
        var due = new List<(DateTime Start, NotesDue Due)>();
        foreach (var cohortId in cohortIds)
        {
            var whole = _snapshots.Whole(cohortId);
            var cohort = whole.Cohort;
            foreach (var session in whole.Sessions.Where(s => s.StartUtc <= _context.UtcNow && s.Status != "cancelled"))
            {
                if (cohort.Curriculum.FindTrack(new TrackCode(session.TrackCode))?.Kind is not (TrackKind.Group or TrackKind.Individual)) continue;
                int write = 0, sign = 0, cosign = 0;
                foreach (var client in whole.Clients)
                {
                    var note = client.Notes.FirstOrDefault(n => n.PlannedSessionId == session.Id);
                    if (note is null) { if (client.Attendance.GetValueOrDefault(session.Id)?.Status is "attended" or "late") write++; }
                    else if (note.SignedUtc is null) sign++;
                    else if (note.CoSignatureRequired && note.CoSignedUtc is null) cosign++;
                }
                if (write + sign + cosign > 0)
                    due.Add((session.StartUtc, new NotesDue(cohort.Cohort.Id, session.Id, SessionLabels.Of(session), Local(session.StartUtc, cohort.Zone).Date, write, sign, cosign)));
            }
        }
        return [.. due.OrderBy(d => d.Start).Select(d => d.Due)];
    }

    /// <summary>The format a program's notes are written in: its choice, or DAP.</summary>
    internal static NoteFormat FormatOf(ProgramRecord program) => NoteFormats.Find(program.NoteFormat) ?? NoteFormats.Default;

    /// <summary>The goals a note may name: those active in the signed plan in force.</summary>
    private static List<NoteGoal> ActiveGoals(ClientSnapshot client) =>
        client.PlanInForce is not { } plan ? [] : [.. PlanGoals(plan.Problems).Where(g => g.Status == GoalStatus.Active).Select(g => g.Goal)];

    private static IEnumerable<(NoteGoal Goal, GoalStatus Status)> PlanGoals(IReadOnlyList<Problem> problems) =>
        problems.SelectMany((p, pi) => p.Goals.Select((g, gi) => (new NoteGoal(new GoalLink(pi + 1, gi + 1), g.Statement), g.Status)));

    /// <summary>Testing sessions have results, not notes.</summary>
    private static Track NotedTrack(Curriculum curriculum, PlannedSessionRecord row)
    {
        var track = curriculum.FindTrack(new TrackCode(row.TrackCode))
            ?? throw EngineException.Invalid($"session {row.Id} is of track {row.TrackCode}, which curriculum {curriculum.Id} lacks");
        if (track.Kind == TrackKind.Testing)
            throw EngineException.Invalid($"{SessionLabels.Of(row)} (session {row.Id}) is a testing session: record its results, not progress notes");
        return track;
    }

    private static ILookup<long, NoteAddendum> Addenda(IopDbContext db, IEnumerable<long> noteIds, DateTimeZone zone)
    {
        var ids = noteIds.ToList();
        return db.NoteAddenda.AsNoTracking().Where(a => ids.Contains(a.ProgressNoteId)).OrderBy(a => a.Number).AsEnumerable()
            .ToLookup(a => a.ProgressNoteId, a => new NoteAddendum(a.Number, a.Text, a.Reason, a.Author, Local(a.CreatedUtc, zone)));
    }

    private static ProgressNote View(ProgressNoteRecord note, PlannedSessionRecord session, string clientId, string? narrative, IEnumerable<NoteAddendum> addenda, DateTimeZone zone) =>
        new(clientId, session.Id, SessionLabels.Of(session), session.TrackCode, Local(session.StartUtc, zone).Date,
            StoredNotes.Text(note), note.Minutes, note.PlanVersion, StoredNotes.Goals(note),
            note.SignedUtc is null ? narrative : note.SessionNarrative,
            note.CreatedBy, note.SignedBy, note.SignedUtc is { } s ? Local(s, zone) : null, note.LateEntry,
            note.CoSignatureRequired, note.CoSignedBy, note.CoSignedUtc is { } c ? Local(c, zone) : null, [.. addenda]);

    private static LocalDateTime Local(DateTime utc, DateTimeZone zone) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
}
