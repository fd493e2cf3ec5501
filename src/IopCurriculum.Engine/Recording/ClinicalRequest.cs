using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Recording;

/// <summary>Which client a clinical decision is about, who made it and why.</summary>
public sealed record ClinicalRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    /// <summary>Limits the decision to one of the client's workflows, by name.</summary>
    public string? Workflow { get; init; }
    public required string Reason { get; init; }
    /// <summary>For an override: the stage asked for.</summary>
    public string? Target { get; init; }
    public string Actor { get; init; } = "unknown";
}
