using IopCurriculum.Engine.Consent;
using IopCurriculum.Engine.Measures;

namespace IopCurriculum.Engine.Reports;

/// <summary>A cohort's dashboard: the census, each client's progress, and the cohort's weeks.</summary>
/// <param name="Census">One row per client, in enrolment order.</param>
/// <param name="ShortWeeks">The running week and those to come whose schedule falls under the weekly minimum.</param>
/// <param name="AttendanceByWeek">Every week from the first to the running one.</param>
/// <param name="Consent">Clients with no consent in effect, or one expiring within 30 days.</param>
public sealed record DashboardView(
    CohortStatus Status,
    decimal MinimumWeeklyHours,
    IReadOnlyList<ClientBoard> Clients,
    IReadOnlyList<FidelityWeek> Fidelity,
    IReadOnlyList<CensusRow> Census,
    IReadOnlyList<ShortWeek> ShortWeeks,
    IReadOnlyList<AttendanceWeek> AttendanceByWeek,
    IReadOnlyList<MeasureDueItem> MeasuresDue,
    IReadOnlyDictionary<string, ConsentWarning> Consent)
{
    /// <summary>The cohort's first week has not begun.</summary>
    public bool NotStarted => Status.RunningWeek == 0;
}
