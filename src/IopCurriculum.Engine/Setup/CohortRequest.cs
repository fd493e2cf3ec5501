using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Library;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Setup;

/// <summary>What <c>iop cohort create</c> asks for.</summary>
public sealed record CohortRequest
{
    public required string ProgramId { get; init; }
    public required string CurriculumPath { get; init; }
    public required IReadOnlyList<string> WorkflowPaths { get; init; }
    public required LocalDate Start { get; init; }
    public string? Id { get; init; }
    /// <summary>How many weeks the cohort runs; by default one pass of the curriculum.</summary>
    public int? Weeks { get; init; }
    /// <summary>Open groups (the default) keep cycling each block so clients can join any week.</summary>
    public bool OpenGroups { get; init; } = true;
    public int? Seed { get; init; }
    public string Actor { get; init; } = "unknown";
}
