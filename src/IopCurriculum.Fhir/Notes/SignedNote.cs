using IopCurriculum.Engine.Notes;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Notes.Writing;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir.Notes;

/// <summary>
/// A progress note the export discloses, exported as a DocumentReference: signed and, where its signer's
/// notes need a supervisor's co-signature, co-signed. Drafts and notes awaiting co-signature never become
/// one; SUD counseling notes are not on the snapshot at all. The note comes with its session, its text and
/// goals as stored, its addenda in order, its key, and the key of the session's Encounter where the export
/// has one (the client is recorded present and the session is on their care plan).
/// </summary>
public sealed record SignedNote(
    ProgressNoteRecord Note,
    PlannedSessionRecord Session,
    NoteText Text,
    IReadOnlyList<NoteGoal> Goals,
    IReadOnlyList<NoteAddendumRecord> Addenda,
    ResourceKey Key,
    ResourceKey? Encounter)
{
    /// <summary>Words were added after signing.</summary>
    public bool Amended => Addenda.Count > 0;

    /// <summary>When the note was signed, in UTC.</summary>
    public DateTime SignedUtc => DateTime.SpecifyKind(Note.SignedUtc!.Value, DateTimeKind.Utc);

    public DateTime? CoSignedUtc => Note.CoSignedUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null;

    /// <summary>Signed, and co-signed where its signer's notes need it: what a note must be to leave the program.</summary>
    public static bool Complete(ProgressNoteRecord note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note is { SignedUtc: not null, SignedBy: not null }
            && (!note.CoSignatureRequired || note is { CoSignedUtc: not null, CoSignedBy: not null });
    }

    /// <summary>The client's complete notes, in session order; none for a client with only drafts or notes awaiting co-signature.</summary>
    public static IReadOnlyList<SignedNote> Of(ClientPlan plan, ClientKeys keys)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(keys);
        var client = plan.Client;
        var complete = client.Notes.Where(Complete).ToList();
        if (complete.Count == 0) return [];
        var encountered = plan.Activities.Where(a => a.Attended).Select(a => a.Session.Id).ToHashSet();
        var addenda = client.NoteAddenda.ToLookup(a => a.ProgressNoteId);
        var notes = new List<SignedNote>(complete.Count);
        foreach (var note in complete)
        {
            var session = plan.Cohort.GroupSession(note.PlannedSessionId)
                ?? client.OwnSessions.FirstOrDefault(s => s.Id == note.PlannedSessionId)
                ?? throw new InvalidOperationException($"progress note {note.Id} is of session {note.PlannedSessionId}, which is neither a group of cohort {keys.CohortId} nor the client's own");
            notes.Add(new SignedNote(note, session, StoredNotes.Text(note), StoredNotes.Goals(note),
                [.. addenda[note.Id].OrderBy(a => a.Number)], keys.DocumentReference(note.Id),
                encountered.Contains(session.Id) ? keys.Encounter(session.Id) : null));
        }
        notes.Sort((a, b) => a.Session.StartUtc != b.Session.StartUtc
            ? a.Session.StartUtc.CompareTo(b.Session.StartUtc)
            : a.Note.Id.CompareTo(b.Note.Id));
        return notes;
    }
}
