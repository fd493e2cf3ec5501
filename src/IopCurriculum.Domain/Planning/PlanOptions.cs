namespace IopCurriculum.Domain.Planning;

/// <summary>How far and in which way <see cref="WeekPlanner"/> lays a curriculum out.</summary>
public sealed record PlanOptions
{
    /// <summary>Program weeks to plan, at least 1; by default the curriculum's length.</summary>
    public int? Weeks { get; init; }

    public GroupMode Groups { get; init; } = GroupMode.Closed;

    /// <summary>Draws testing days; by default derived from the start date so a plan is reproducible.</summary>
    public int? Seed { get; init; }
}
