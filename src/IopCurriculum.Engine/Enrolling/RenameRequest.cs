namespace IopCurriculum.Engine.Enrolling;

/// <summary>A correction of a client's names: what <c>iop client rename</c> and the client chart ask for.</summary>
public sealed record RenameRequest
{
    public required string ClientId { get; init; }
    /// <summary>The new first name; left out, it stays as it is.</summary>
    public string? GivenName { get; init; }
    /// <summary>The new family name; left out, it stays as it is.</summary>
    public string? FamilyName { get; init; }
    /// <summary>Why the names change, for the client's history.</summary>
    public required string Reason { get; init; }
    public string Actor { get; init; } = "unknown";
}
