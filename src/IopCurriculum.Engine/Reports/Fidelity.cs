namespace IopCurriculum.Engine.Reports;

/// <summary>How a cohort week stands against one of the model's essential components.</summary>
public enum FidelityStatus
{
    Met,
    NotMet,
    /// <summary>The week is still running and the component can still be met.</summary>
    NotYetDue,
    /// <summary>The curriculum has no such track, or the component does not apply in this week.</summary>
    NotApplicable,
}

/// <summary>One essential component in one week, with the figures behind the verdict.</summary>
/// <param name="Key">A stable name: rp-groups, rp-size, fe-group, er-groups, tests, topics.</param>
public sealed record FidelityCheck(string Key, string Component, FidelityStatus Status, string Figures);

public sealed record FidelityWeek(int Week, IReadOnlyList<FidelityCheck> Checks);
