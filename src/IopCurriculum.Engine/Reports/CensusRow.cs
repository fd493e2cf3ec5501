using IopCurriculum.Engine.Consent;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>One client's line on the cohort's census: where they stand this week, and what needs doing.</summary>
/// <param name="StartWeek">The cohort week the client joined.</param>
/// <param name="ClientWeek">The client's own week of the course in the cohort's running week (1 in the week they joined); 0 before they start.</param>
/// <param name="CourseWeeks">How many weeks the client's course runs in this cohort.</param>
/// <param name="ThisWeek">Hours scheduled and attended in the running week; null before the client's first week.</param>
/// <param name="LastTest">The most recently collected test result, or null when none is recorded.</param>
/// <param name="PlanReviewSoon">The plan's review falls due within the next 7 days.</param>
/// <param name="MissedNotMadeUp">Missed sessions with no make-up yet.</param>
/// <param name="Consent">Null while a consent is in effect that does not expire within 30 days.</param>
/// <param name="MeasuresDue">Measures due this week or overdue.</param>
/// <param name="Discharged">Every workflow of the client has ended.</param>
public sealed record CensusRow(
    string ClientId,
    string Name,
    IReadOnlyList<WorkflowProgress> Workflows,
    int StartWeek,
    int ClientWeek,
    int CourseWeeks,
    AttendanceShare AttendanceThisWeek,
    AttendanceShare AttendanceOverall,
    WeekHours? ThisWeek,
    CensusTest? LastTest,
    LocalDate? PlanReviewDue,
    bool PlanReviewOverdue,
    bool PlanReviewSoon,
    int MissedNotMadeUp,
    ConsentWarning? Consent,
    int MeasuresDue,
    bool Discharged)
{
    /// <summary>How many things on the row need someone's attention, for sorting the census by them.</summary>
    public int FlagCount =>
        (PlanReviewOverdue || PlanReviewSoon ? 1 : 0) + (MissedNotMadeUp > 0 ? 1 : 0) + (Consent is null ? 0 : 1) + (MeasuresDue > 0 ? 1 : 0)
        + (ThisWeek is { Shortfall: not HoursShortfall.None } ? 1 : 0);
}

/// <summary>A test result as the census shows it: what, how it came out, and the day it was collected.</summary>
public sealed record CensusTest(string Kind, string Outcome, LocalDate CollectedOn);
