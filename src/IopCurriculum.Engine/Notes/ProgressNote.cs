using IopCurriculum.Notes.Writing;
using NodaTime;

namespace IopCurriculum.Engine.Notes;

/// <summary>A client's progress note for one session, as staff read it.</summary>
/// <param name="Session">The session as staff name it, such as <c>RP 3</c>.</param>
/// <param name="Narrative">The session's shared narrative: as signed once the note is signed, the current one before.</param>
/// <param name="SignedAt">When it was signed, in the program's local time; null for a draft.</param>
public sealed record ProgressNote(
    string ClientId,
    long SessionId,
    string Session,
    string Track,
    LocalDate Date,
    NoteText Text,
    int? Minutes,
    int? PlanVersion,
    IReadOnlyList<NoteGoal> Goals,
    string? Narrative,
    string WrittenBy,
    string? SignedBy,
    LocalDateTime? SignedAt,
    bool LateEntry,
    bool CoSignatureRequired,
    string? CoSignedBy,
    LocalDateTime? CoSignedAt,
    IReadOnlyList<NoteAddendum> Addenda)
{
    public bool IsSigned => SignedBy is not null;

    public NoteStage Stage => !IsSigned ? NoteStage.Draft : CoSignatureRequired && CoSignedBy is null ? NoteStage.AwaitingCoSignature : NoteStage.Complete;
}
