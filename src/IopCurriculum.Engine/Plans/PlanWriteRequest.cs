namespace IopCurriculum.Engine.Plans;

/// <summary>A new version of a client's plan, as its author wrote it.</summary>
public sealed record PlanWriteRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    public required string Source { get; init; }
    /// <summary>Names the text in messages: the file it came from, or the form.</summary>
    public string SourceName { get; init; } = "plan";
    /// <summary>Why the plan changes; needed once a version has been signed.</summary>
    public string? Reason { get; init; }
    public string Actor { get; init; } = "unknown";
}
