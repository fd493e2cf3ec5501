using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Resources;
using NodaTime;

namespace IopCurriculum.Fhir.Plans;

/// <summary>A client's care plan as the records say it stands: its state, its dates and every session on it, in time order.</summary>
/// <param name="Stage">The course workflow's current stage.</param>
/// <param name="Start">The first day of the client's first week.</param>
/// <param name="End">The day the course ended, or the last day of its planned last week.</param>
/// <param name="EndedAt">When the course reached a final stage; null while it runs.</param>
public sealed record ClientPlan(
    CohortContext Cohort,
    ClientSnapshot Client,
    PlanState State,
    string? Stage,
    LocalDate Start,
    LocalDate End,
    Instant? EndedAt,
    IReadOnlyList<PlannedActivity> Activities);
