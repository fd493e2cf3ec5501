namespace IopCurriculum.Engine.Reports;

/// <summary>What a member of staff's cohorts hold for today: its sessions, the next session when none is today, and plan reviews due.</summary>
/// <param name="Sessions">Today's sessions in every cohort asked about, in time order.</param>
/// <param name="Next">The first session after today when there is none today (cancelled ones are passed over); null otherwise, or when none is planned.</param>
/// <param name="Reviews">Overdue reviews first, then by due day.</param>
public sealed record StaffDay(IReadOnlyList<SessionToday> Sessions, SessionToday? Next, IReadOnlyList<PlanReviewDue> Reviews);
