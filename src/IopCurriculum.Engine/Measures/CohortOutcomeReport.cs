namespace IopCurriculum.Engine.Measures;

/// <summary>Of the clients whose own week <paramref name="ClientWeek"/> has begun, how many were still in treatment at its end.</summary>
public sealed record RetentionWeek(int ClientWeek, int Began, int InTreatment)
{
    public double Percent => Began == 0 ? 0 : 100.0 * InTreatment / Began;
}

/// <summary>The clients' urine weeks of one ended cohort week, by how they read.</summary>
public sealed record TestWeekTally(int CohortWeek, int Negative, int Positive, int Missing)
{
    public int Total => Negative + Positive + Missing;

    public double? NegativePercent => Total == 0 ? null : 100.0 * Negative / Total;
}

/// <summary>One client's line in the outcomes table.</summary>
public sealed record ClientOutcome(string ClientId, string RosterName, CourseEnd End, int LongestAbstinentRun, int? Phq9Baseline, int? Phq9Latest, int? Phq9Change);

/// <summary>
/// A cohort's outcomes: retention by the clients' own weeks, the completion rate, the share of negative
/// urine tests (a week without a test counts as positive), the longest abstinence run and the mean change
/// in PHQ-9 from each client's baseline.
/// </summary>
public sealed record CohortOutcomeReport(
    int Clients,
    IReadOnlyList<RetentionWeek> Retention,
    int Completed,
    int LeftEarly,
    int InTreatment,
    int UrineWeeks,
    int NegativeWeeks,
    IReadOnlyList<TestWeekTally> TestsByWeek,
    IReadOnlyList<ClientOutcome> ByClient,
    int Phq9Clients,
    double? Phq9MeanChange)
{
    /// <summary>Of the clients whose course has ended, the share who completed it; null while none has ended.</summary>
    public double? CompletionPercent => Completed + LeftEarly == 0 ? null : 100.0 * Completed / (Completed + LeftEarly);

    /// <summary>Of the counted client-weeks, the share with negative urine tests; null before any week has ended.</summary>
    public double? NegativePercent => UrineWeeks == 0 ? null : 100.0 * NegativeWeeks / UrineWeeks;

    /// <summary>The longest abstinence run of any client, in weeks, and whose; null when nobody has one.</summary>
    public ClientOutcome? LongestRun => ByClient.Where(c => c.LongestAbstinentRun > 0).OrderByDescending(c => c.LongestAbstinentRun).ThenBy(c => c.ClientId, StringComparer.Ordinal).FirstOrDefault();
}
