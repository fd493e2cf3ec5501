using IopCurriculum.Notes.Writing;
namespace IopCurriculum.Engine.Notes;

/// <summary>Drafts for some clients of one session, saved together or not at all. The narrative, when given, is saved with them.</summary>
public sealed class NotesSaveRequest
{
    public required string CohortId { get; init; }
    public required long SessionId { get; init; }
    public string? Narrative { get; init; }
    public IReadOnlyList<NoteDraft> Drafts { get; init; } = [];
    public required string Actor { get; init; }
}
