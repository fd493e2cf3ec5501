using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

using IopCurriculum.Plans.Reviews;

namespace IopCurriculum.Engine.Reports;

public sealed record ClientProgress(
    string ClientId,
    string RosterName,
    int StartWeek,
    int WeeksCompleted,
    IReadOnlyList<WorkflowProgress> Workflows,
    IReadOnlyDictionary<string, int> Attended,
    string? LastResult,
    PlanStanding Plan);
