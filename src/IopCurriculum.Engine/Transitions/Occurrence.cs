namespace IopCurriculum.Engine.Transitions;

/// <summary>
/// One happening that fires a trigger: its unique key (so a repeat is a no-op), the cohort week it
/// belongs to, who caused it and why.
/// </summary>
internal sealed record Occurrence(string Key, int Week, string Actor, string? Reason = null)
{
    public static string WeekKey(long instanceId, int week) => $"instance/{instanceId}/week-elapsed/{week}";

    public static string CohortWeekKey(string cohortId, int week) => $"cohort/{cohortId}/week/{week}";
}
