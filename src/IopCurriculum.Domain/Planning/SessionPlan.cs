using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>A curriculum laid out on a program's calendar from a start date: every dated session, week by week.</summary>
public sealed record SessionPlan(
    Curriculum Curriculum,
    ProgramCalendar Calendar,
    LocalDate Start,
    IReadOnlyList<PlannedSession> Sessions,
    IReadOnlyList<PlannedWeek> Weeks)
{
    /// <summary>Whether the plan keeps groups running for clients who join later.</summary>
    public GroupMode Groups { get; init; } = GroupMode.Closed;

    public IEnumerable<PlannedSession> InWeek(int week) => Sessions.Where(s => s.Week == week);

    public IEnumerable<PlannedWeek> WeeksBelowMinimum => Weeks.Where(w => w.BelowMinimum);
}
