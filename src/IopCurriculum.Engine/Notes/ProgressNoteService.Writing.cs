using System.Globalization;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Goals;
using NodaTime;

namespace IopCurriculum.Engine.Notes;

public sealed partial class ProgressNoteService
{
    /// <summary>
    /// Saves the session's narrative and the drafts given, together or not at all. A draft that repeats
    /// what is stored changes nothing; a draft without words or goals for a client without a note writes none.
    /// </summary>
    /// <returns>How many notes were written or changed (the narrative not counted).</returns>
    /// <exception cref="EngineException">A session not yet begun, a signed note, minutes beyond the session, a goal not active in the client's signed plan, a section the format lacks.</exception>
    public int Save(NotesSaveRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        NoteWriters.Require(_users, request.Actor, request.CohortId, "write progress notes");
        var twice = request.Drafts.GroupBy(d => d.ClientId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw EngineException.Invalid($"client {twice.Key} has two notes for the one session");
        var narrative = request.Narrative is null ? null : FieldRules.Note(request.Narrative, "the session's shared narrative", NarrativeLength);
        return UnitOfWork.Run(_context, db =>
        {
            var (setting, session) = Begun(db, request.CohortId, request.SessionId, "write its notes");
            if (request.Narrative is not null) SaveNarrative(db, session, narrative, request.Actor);
            var format = FormatOf(setting.Program);
            var written = 0;
            foreach (var draft in request.Drafts)
            {
                var enrolment = ClientOf(db, setting, session, draft.ClientId);
                var note = db.ProgressNotes.SingleOrDefault(n => n.PlannedSessionId == session.Id && n.EnrolmentId == enrolment.Id);
                var text = TextOf(format, draft);
                var minutes = MinutesOf(draft, session);
                var (planVersion, goals) = GoalsOf(db, setting, enrolment, draft);
                if (note is null)
                {
                    // Minutes alone are what the form fills in for everyone present: no words, no note.
                    if (text.IsEmpty && goals.Count == 0) continue;
                    db.ProgressNotes.Add(new ProgressNoteRecord
                    {
                        PlannedSessionId = session.Id, EnrolmentId = enrolment.Id, Format = format.Code,
                        Sections = StoredNotes.Sections(text), Minutes = minutes, PlanVersion = planVersion, Goals = StoredNotes.Goals(goals),
                        CreatedBy = request.Actor, CreatedUtc = _context.UtcNow, UpdatedBy = request.Actor, UpdatedUtc = _context.UtcNow,
                    });
                    written++;
                    continue;
                }
                var sections = StoredNotes.Sections(text);
                var goalText = StoredNotes.Goals(goals);
                if (note.Sections == sections && note.Minutes == minutes && note.Goals == goalText && note.Format == format.Code) continue;
                if (note.SignedUtc is not null)
                    throw EngineException.Conflict($"client {draft.ClientId}'s note for {SessionLabels.Of(session)} is signed and locked; add an addendum instead");
                (note.Format, note.Sections, note.Minutes, note.PlanVersion, note.Goals) = (format.Code, sections, minutes, planVersion, goalText);
                (note.UpdatedBy, note.UpdatedUtc) = (request.Actor, _context.UtcNow);
                written++;
            }
            return written;
        });
    }

    /// <summary>
    /// Signs the named clients' notes (or every unsigned note of the session), each complete, for a client
    /// recorded present, naming their active goals and unlike every other client's note of the session.
    /// The session's narrative is copied into each note as it is signed.
    /// </summary>
    /// <returns>The clients whose notes were signed.</returns>
    public IReadOnlyList<string> Sign(NotesSignRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signer = NoteWriters.Require(_users, request.Actor, request.CohortId, "sign progress notes");
        return UnitOfWork.Run(_context, db =>
        {
            var (setting, session) = Begun(db, request.CohortId, request.SessionId, "sign its notes");
            var notes = db.ProgressNotes.Where(n => n.PlannedSessionId == session.Id).ToList();
            var clientOf = db.Enrolments.Where(e => e.CohortId == setting.Cohort.Id).ToDictionary(e => e.Id, e => e.ClientId);
            var chosen = Chosen(db, setting, session, notes, request.ClientIds, n => n.SignedUtc is null, "unsigned note to sign");
            var narrative = db.SessionNarratives.Where(n => n.PlannedSessionId == session.Id).Select(n => n.Text).SingleOrDefault();
            if (session.EnrolmentId is null && narrative is null)
                throw EngineException.Invalid($"{SessionLabels.Of(session)} has no shared narrative yet; write what the group covered before signing its notes");
            var texts = notes.Select(n => (ClientId: clientOf[n.EnrolmentId], Note: n, Text: StoredNotes.Text(n))).ToList();
            var end = Instant.FromDateTimeUtc(DateTime.SpecifyKind(session.StartUtc, DateTimeKind.Utc)).Plus(Duration.FromMinutes(session.Minutes));
            foreach (var note in chosen)
            {
                var clientId = clientOf[note.EnrolmentId];
                if (note.SignedUtc is not null)
                    throw EngineException.Conflict($"client {clientId}'s note for {SessionLabels.Of(session)} is already signed (by {note.SignedBy}); a signed note is locked");
                var status = db.CurrentAttendance.Where(a => a.PlannedSessionId == session.Id && a.EnrolmentId == note.EnrolmentId).Select(a => a.Status).SingleOrDefault();
                if (status is not ("attended" or "late"))
                    throw EngineException.Invalid($"client {clientId} is not recorded present at {SessionLabels.Of(session)} ({status ?? "no attendance recorded"}); a progress note is signed for a client who attended");
                var text = texts.Single(t => t.Note == note).Text;
                if (!text.IsComplete)
                    throw EngineException.Invalid($"client {clientId}'s note is not finished: write the {string.Join(", ", text.Missing)} section{(text.Missing.Count() > 1 ? "s" : "")}");
                if (note.Minutes is null)
                    throw EngineException.Invalid($"client {clientId}'s note does not say how many minutes they attended");
                if (StoredNotes.Goals(note).Count == 0 && PlanInForce(db, setting, note.EnrolmentId).Goals.Count > 0)
                    throw EngineException.Invalid($"client {clientId}'s note names none of their treatment plan goals; name the goals this session served");
                if (Individualization.SameAs(text, texts.Where(t => t.Note != note).Select(t => (t.ClientId, t.Text))) is { } twin)
                    throw EngineException.Invalid(Individualization.Refusal(clientId, twin));
                note.SignedBy = signer.UserName;
                note.SignedUtc = _context.UtcNow;
                note.LateEntry = NoteTiming.IsLateEntry(end, _context.Now);
                note.CoSignatureRequired = signer.NotesNeedCoSignature;
                note.SessionNarrative = narrative;
            }
            return (IReadOnlyList<string>)[.. chosen.Select(n => clientOf[n.EnrolmentId])];
        });
    }

    /// <summary>A supervisor co-signs the named clients' signed notes that need it (or every such note of the session); never their own.</summary>
    public IReadOnlyList<string> CoSign(NotesSignRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var supervisor = _users.Find(request.Actor);
        if (supervisor is null || !supervisor.ActiveIn(Access.Roles.Supervisor))
            throw EngineException.Invalid($"only a supervisor may co-sign progress notes; '{request.Actor}' is not an active supervisor");
        return UnitOfWork.Run(_context, db =>
        {
            var (setting, session) = Begun(db, request.CohortId, request.SessionId, "co-sign its notes");
            var notes = db.ProgressNotes.Where(n => n.PlannedSessionId == session.Id).ToList();
            var clientOf = db.Enrolments.Where(e => e.CohortId == setting.Cohort.Id).ToDictionary(e => e.Id, e => e.ClientId);
            var chosen = Chosen(db, setting, session, notes, request.ClientIds,
                n => n.SignedUtc is not null && n.CoSignatureRequired && n.CoSignedUtc is null, "signed note awaiting co-signature");
            foreach (var note in chosen)
            {
                var clientId = clientOf[note.EnrolmentId];
                if (note.SignedUtc is null) throw EngineException.Invalid($"client {clientId}'s note is not signed yet; it is co-signed after its writer signs it");
                if (!note.CoSignatureRequired) throw EngineException.Invalid($"client {clientId}'s note was signed by {note.SignedBy}, whose notes need no co-signature");
                if (note.CoSignedUtc is not null) throw EngineException.Conflict($"client {clientId}'s note is already co-signed (by {note.CoSignedBy})");
                if (string.Equals(note.SignedBy, supervisor.UserName, StringComparison.OrdinalIgnoreCase))
                    throw EngineException.Invalid($"{supervisor.UserName} signed client {clientId}'s note; another supervisor co-signs it");
                note.CoSignedBy = supervisor.UserName;
                note.CoSignedUtc = _context.UtcNow;
            }
            return (IReadOnlyList<string>)[.. chosen.Select(n => clientOf[n.EnrolmentId])];
        });
    }

    /// <summary>Adds words to a signed note, with why; the note itself stays as signed.</summary>
    /// <returns>The addendum's number on the note.</returns>
    public int AddAddendum(AddendumRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        NoteWriters.Require(_users, request.Actor, request.CohortId, "add to progress notes");
        var text = FieldRules.Note(request.Text, "the addendum", NarrativeLength) ?? throw EngineException.Invalid("the addendum is empty; write what it adds");
        var reason = FieldRules.Reason(request.Reason, "the reason for the addendum");
        return UnitOfWork.Run(_context, db =>
        {
            var (setting, session) = Begun(db, request.CohortId, request.SessionId, "add to its notes");
            var enrolment = TriggerFiring.Enrolment(db, setting.Cohort.Id, request.ClientId);
            var note = db.ProgressNotes.SingleOrDefault(n => n.PlannedSessionId == session.Id && n.EnrolmentId == enrolment.Id)
                ?? throw EngineException.NotFound($"client {request.ClientId} has no note for {SessionLabels.Of(session)}");
            if (note.SignedUtc is null)
                throw EngineException.Invalid($"client {request.ClientId}'s note for {SessionLabels.Of(session)} is a draft; change the draft itself, addenda are for signed notes");
            var number = db.NoteAddenda.Where(a => a.ProgressNoteId == note.Id).Select(a => (int?)a.Number).Max() ?? 0;
            db.NoteAddenda.Add(new NoteAddendumRecord
            {
                ProgressNoteId = note.Id, Number = number + 1, Text = text, Reason = reason, Author = request.Actor, CreatedUtc = _context.UtcNow,
            });
            return number + 1;
        });
    }

    private (CohortSetting Setting, PlannedSessionRecord Session) Begun(IopDbContext db, string cohortId, long sessionId, string what)
    {
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var session = db.PlannedSessions.SingleOrDefault(s => s.Id == sessionId && s.CohortId == cohort.Id)
            ?? throw EngineException.NotFound($"cohort {cohort.Id} has no session {sessionId}");
        NotedTrack(setting.Curriculum, session);
        if (session.StartUtc > _context.UtcNow)
            throw EngineException.Invalid($"{SessionLabels.Of(session)} is not until {session.LocalStart.Replace('T', ' ')} ({setting.Weeks.Zone.Id}); {what} once the session has begun");
        if (session.Status == "cancelled")
            throw EngineException.Invalid($"{SessionLabels.Of(session)} on {session.LocalStart.Replace('T', ' ')} was cancelled; it has no notes");
        return (setting, session);
    }

    private static EnrolmentRecord ClientOf(IopDbContext db, CohortSetting setting, PlannedSessionRecord session, string clientId)
    {
        var enrolment = TriggerFiring.Enrolment(db, setting.Cohort.Id, clientId);
        if (session.EnrolmentId is { } owner && owner != enrolment.Id)
            throw EngineException.Invalid($"{SessionLabels.Of(session)} (session {session.Id}) is another client's individual session, not {clientId}'s");
        if (session.Week < enrolment.StartWeek)
            throw EngineException.Invalid($"{SessionLabels.Of(session)} (week {session.Week}) was before client {clientId} joined in week {enrolment.StartWeek}");
        return enrolment;
    }

    private static List<ProgressNoteRecord> Chosen(IopDbContext db, CohortSetting setting, PlannedSessionRecord session, List<ProgressNoteRecord> notes,
        IReadOnlyList<string> clientIds, Func<ProgressNoteRecord, bool> open, string wanted)
    {
        if (clientIds.Count == 0)
        {
            var all = notes.Where(open).ToList();
            return all.Count > 0 ? all : throw EngineException.Invalid($"{SessionLabels.Of(session)} has no {wanted}");
        }
        return [.. clientIds.Distinct(StringComparer.Ordinal).Select(id =>
        {
            var enrolment = ClientOf(db, setting, session, id);
            return notes.FirstOrDefault(n => n.EnrolmentId == enrolment.Id)
                ?? throw EngineException.NotFound($"client {id} has no note for {SessionLabels.Of(session)}; write one first");
        })];
    }

    private static NoteText TextOf(NoteFormat format, NoteDraft draft)
    {
        var (text, problem) = NoteText.Of(format, draft.Sections);
        return text ?? throw EngineException.Invalid($"client {draft.ClientId}'s note: {problem}");
    }

    private static int? MinutesOf(NoteDraft draft, PlannedSessionRecord session) => draft.Minutes switch
    {
        null => null,
        < 1 => throw EngineException.Invalid($"client {draft.ClientId}'s note gives {draft.Minutes} minutes attended; give at least 1"),
        { } m when m > session.Minutes => throw EngineException.Invalid(string.Create(CultureInfo.InvariantCulture,
            $"client {draft.ClientId}'s note gives {m} minutes attended, but {SessionLabels.Of(session)} lasts {session.Minutes}")),
        { } m => m,
    };

    private static (int? Version, List<NoteGoal> Goals) GoalsOf(IopDbContext db, CohortSetting setting, EnrolmentRecord enrolment, NoteDraft draft)
    {
        if (draft.Goals.Count == 0) return (null, []);
        var (version, goals) = PlanInForce(db, setting, enrolment.Id);
        if (version is null)
            throw EngineException.Invalid($"client {draft.ClientId} has no signed treatment plan, so their note can name no goal");
        var named = new List<NoteGoal>();
        foreach (var text in draft.Goals.Distinct(StringComparer.Ordinal))
        {
            var link = GoalLink.Parse(text) ?? throw EngineException.Invalid($"client {draft.ClientId}'s note names goal '{text}'; name a goal by its place in the plan, such as 1.2 for problem 1, goal 2");
            var goal = goals.Select(g => g.Goal).FirstOrDefault(g => g.Goal == link)
                ?? throw EngineException.Invalid($"client {draft.ClientId}'s plan (version {version}) has no active goal {link}; its active goals are {(goals.Count == 0 ? "none" : string.Join(", ", goals.Select(g => g.Goal.Goal)))}");
            named.Add(goal);
        }
        return (version, named);
    }

    /// <summary>The active goals of the enrolment's newest signed plan version, read inside the unit of work.</summary>
    private static (int? Version, IReadOnlyList<(NoteGoal Goal, GoalStatus Status)> Goals) PlanInForce(IopDbContext db, CohortSetting setting, long enrolmentId)
    {
        var signed = db.TreatmentPlans.Where(p => p.EnrolmentId == enrolmentId && p.SignedUtc != null).OrderByDescending(p => p.Version).FirstOrDefault();
        if (signed is null) return (null, []);
        var plan = StoredPlans.Read(signed.Source, signed.Version, StoredPlans.Context(setting.Curriculum));
        return (signed.Version, [.. PlanGoals(plan.Problems).Where(g => g.Status == GoalStatus.Active)]);
    }

    private void SaveNarrative(IopDbContext db, PlannedSessionRecord session, string? text, string actor)
    {
        // A narrative stays once written: a blank field is no instruction to forget it, and signed notes carry their own copy.
        if (text is null) return;
        var stored = db.SessionNarratives.SingleOrDefault(n => n.PlannedSessionId == session.Id);
        if (stored is null)
        {
            db.SessionNarratives.Add(new SessionNarrativeRecord { PlannedSessionId = session.Id, Text = text, UpdatedBy = actor, UpdatedUtc = _context.UtcNow });
            return;
        }
        if (stored.Text == text) return;
        (stored.Text, stored.UpdatedBy, stored.UpdatedUtc) = (text, actor, _context.UtcNow);
    }
}
