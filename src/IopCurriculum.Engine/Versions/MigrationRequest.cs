using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Versions;

/// <summary>What <c>iop workflow migrate</c> asks for.</summary>
public sealed record MigrationRequest
{
    /// <summary>The definition file of the version to move to.</summary>
    public required string DefinitionPath { get; init; }
    /// <summary>The version to move from, as NAME@VERSION; by default every earlier version of the same workflow.</summary>
    public string? From { get; init; }
    public string? CohortId { get; init; }
    /// <summary>Old stage name to new, for stages the new version renames or drops.</summary>
    public IReadOnlyDictionary<string, string> StageMap { get; init; } = new Dictionary<string, string>();
    public required string Reason { get; init; }
    public bool DryRun { get; init; }
    public string Actor { get; init; } = "unknown";
}
