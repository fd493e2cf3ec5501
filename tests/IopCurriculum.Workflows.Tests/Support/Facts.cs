namespace IopCurriculum.Workflows.Tests.Support;

/// <summary>Short ways to write the facts of one firing.</summary>
internal static class Facts
{
    public static WorkflowFacts Session(string track, string status) => new() { Track = track, Status = status };

    public static WorkflowFacts Week(int week, int stageWeeks, int attendedEr = 0, int resultsThisWeek = 1) => new()
    {
        Week = week,
        StageWeeks = stageWeeks,
        ResultsThisWeek = resultsThisWeek,
        Attended = new Dictionary<string, int> { ["ER"] = attendedEr },
    };

    public static WorkflowFacts Test(string result, int week = 3) => new() { Result = result, Week = week };

    public static WorkflowFacts Override(string target) => new() { Target = target };

    public static IReadOnlyList<string> Names(this FireOutcome outcome) => [.. outcome.Actions.Select(a => a.Name)];
}
