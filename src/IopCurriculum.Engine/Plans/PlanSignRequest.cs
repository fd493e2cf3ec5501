using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>A clinician signs the newest version; the client's agreement may be recorded with it.</summary>
public sealed record PlanSignRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    /// <summary>The version the clinician read; signing is refused if a newer one has been written since.</summary>
    public int? Version { get; init; }
    public LocalDate? ClientAgreedOn { get; init; }
    /// <summary>The user name of the signing clinician.</summary>
    public required string Actor { get; init; }
}
