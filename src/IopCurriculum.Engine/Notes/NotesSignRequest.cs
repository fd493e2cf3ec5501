namespace IopCurriculum.Engine.Notes;

/// <summary>Signs (or co-signs) the notes of some clients of one session; no client named means every note that can be.</summary>
public sealed class NotesSignRequest
{
    public required string CohortId { get; init; }
    public required long SessionId { get; init; }
    public IReadOnlyList<string> ClientIds { get; init; } = [];
    public required string Actor { get; init; }
}
