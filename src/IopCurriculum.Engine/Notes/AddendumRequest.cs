namespace IopCurriculum.Engine.Notes;

/// <summary>Words to add to a client's signed note for a session, with why.</summary>
public sealed class AddendumRequest
{
    public required string CohortId { get; init; }
    public required long SessionId { get; init; }
    public required string ClientId { get; init; }
    public required string Text { get; init; }
    public required string Reason { get; init; }
    public required string Actor { get; init; }
}
