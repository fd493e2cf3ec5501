using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Recording;

/// <summary>A session's register as a facilitator fills it in: one entry per client marked.</summary>
public sealed record SessionAttendanceRequest
{
    public required string CohortId { get; init; }
    public required long SessionId { get; init; }
    public required IReadOnlyList<RegisterEntry> Entries { get; init; }
    public string Actor { get; init; } = "unknown";
}
