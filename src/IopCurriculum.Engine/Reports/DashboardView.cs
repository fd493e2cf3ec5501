using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <summary>A cohort's dashboard: each client's progress, and the cohort's fidelity week by week.</summary>
public sealed record DashboardView(
    CohortStatus Status,
    decimal MinimumWeeklyHours,
    IReadOnlyList<ClientBoard> Clients,
    IReadOnlyList<FidelityWeek> Fidelity);
