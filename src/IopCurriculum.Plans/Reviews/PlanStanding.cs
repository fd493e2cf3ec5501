using System.Globalization;
using NodaTime;

namespace IopCurriculum.Plans.Reviews;

/// <summary>Where a client's plan stands on a given day: written, signed, and whether its review is due.</summary>
/// <param name="ReviewDue">The day the signed plan is due for review; null until a version is signed.</param>
/// <param name="SignedVersion">The newest signed version, which is in force even while a newer draft is written; null before any.</param>
public sealed record PlanStanding(PlanStatus Status, int? Version, int? SignedVersion, LocalDate? ReviewDue, bool ReviewOverdue, int GoalsActive, int GoalsAchieved)
{
    public static PlanStanding NoPlan { get; } = new(PlanStatus.None, null, null, null, false, 0, 0);

    public bool HasSignedVersion => SignedVersion is not null;

    /// <summary>The standing in a few words, as rosters show it.</summary>
    public string Summary => this switch
    {
        { Status: PlanStatus.None } => "no plan",
        { ReviewDue: { } due, ReviewOverdue: true } => $"review overdue (was due {due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})",
        { ReviewDue: { } due } => $"signed; review due {due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}",
        _ => "draft, not signed",
    };
}
