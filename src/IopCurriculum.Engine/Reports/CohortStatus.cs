using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

public sealed record CohortStatus(
    string CohortId,
    string ProgramName,
    string CurriculumId,
    string Workflows,
    string TimeZone,
    LocalDate Start,
    int Weeks,
    int RunningWeek,
    int WeeksAdvanced,
    ZonedDateTime? NextBoundary,
    IReadOnlyList<ClientProgress> Clients)
{
    /// <summary>The workflow versions by their titles, as <see cref="Snapshots.CohortSnapshot.WorkflowTitles"/>.</summary>
    public IReadOnlyList<string> WorkflowTitles { get; init; } = [];
}
