namespace IopCurriculum.Engine.Plans;

/// <summary>A discharge summary as its clinician wrote it; signed by them as it is stored.</summary>
public sealed record DischargeWriteRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    public required string Source { get; init; }
    public string SourceName { get; init; } = "discharge summary";
    /// <summary>Why a summary already written is corrected; needed from the second version on.</summary>
    public string? Correction { get; init; }
    /// <summary>The user name of the clinician, a clinical lead.</summary>
    public required string Actor { get; init; }
}
