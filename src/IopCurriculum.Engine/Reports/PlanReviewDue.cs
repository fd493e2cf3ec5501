using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>A client in treatment whose treatment-plan review is overdue or falls due soon.</summary>
/// <param name="Today">Today's date in the client's program's zone, which <paramref name="Due"/> is measured from.</param>
public sealed record PlanReviewDue(string CohortId, string ClientId, string Name, LocalDate Due, bool Overdue, LocalDate Today)
{
    /// <summary>Days from today to the due day: negative once overdue.</summary>
    public int DaysLeft => Period.DaysBetween(Today, Due);
}
