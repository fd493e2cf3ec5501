using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

/// <summary>What a client was scheduled for and attended in one cohort week, in hours.</summary>
/// <param name="Ended">Whether the week is over; attended hours are only judged for weeks that are.</param>
public sealed record WeekHours(int Week, decimal Scheduled, decimal Attended, bool Ended, HoursShortfall Shortfall);
