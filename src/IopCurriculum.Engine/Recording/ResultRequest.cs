using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Recording;

/// <summary>What <c>iop result record</c> asks for.</summary>
public sealed record ResultRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    public required LocalDate CollectedOn { get; init; }
    public string Kind { get; init; } = "urine";
    public required string Outcome { get; init; }
    public string? Substances { get; init; }
    public string Actor { get; init; } = "unknown";
}
