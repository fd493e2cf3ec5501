using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Simulation;

public sealed record SimulationOptions
{
    public required string CurriculumPath { get; init; }
    public required IReadOnlyList<string> WorkflowPaths { get; init; }
    public string? CalendarPath { get; init; }
    public string TimeZone { get; init; } = "America/Los_Angeles";
    public required LocalDate Start { get; init; }
    public int? Weeks { get; init; }
    public int Clients { get; init; } = 12;
    public int Seed { get; init; } = 1;
    public bool ChangesOnly { get; init; } = true;
}
