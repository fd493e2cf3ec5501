using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>
/// A program's own days, start time and room for one track; what it leaves out comes from the
/// curriculum's suggestion.
/// </summary>
public sealed record TrackTimetable
{
    public IReadOnlyList<IsoDayOfWeek>? Days { get; init; }
    public LocalTime? Start { get; init; }
    public string? Room { get; init; }
}
