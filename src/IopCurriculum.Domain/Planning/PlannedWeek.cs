using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>A program week in a plan and the client hours it schedules.</summary>
public sealed record PlannedWeek(int Number, LocalDate FirstDay, LocalDate LastDay, int ScheduledMinutes, decimal MinimumHours)
{
    public decimal ScheduledHours => ScheduledMinutes / 60m;

    /// <summary>Fewer scheduled hours than the program's weekly minimum.</summary>
    public bool BelowMinimum => ScheduledHours < MinimumHours;
}
