namespace IopCurriculum.Engine;

public sealed record ClientProgress(
    string ClientId,
    string RosterName,
    int StartWeek,
    int WeeksCompleted,
    IReadOnlyList<WorkflowProgress> Workflows,
    IReadOnlyDictionary<string, int> Attended,
    string? LastResult);
