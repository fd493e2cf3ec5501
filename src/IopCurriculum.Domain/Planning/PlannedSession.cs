using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>
/// One dated session in a plan: the track's n-th slot, the session that runs then (null where the group
/// picks a topic), its local date and time in the program's zone, and the same as instants.
/// </summary>
public sealed record PlannedSession
{
    /// <summary>The program week, counted from the plan's start.</summary>
    public required int Week { get; init; }
    /// <summary>
    /// The track's own week within its block of weeks: the program week in a first pass, and in a later
    /// cycle of an open group the week it repeats (week 5 of a weeks 1-4 track is block week 1).
    /// </summary>
    public required int BlockWeek { get; init; }
    /// <summary>Which pass through its block the track is on, 1 for the first.</summary>
    public required int Cycle { get; init; }
    public required Track Track { get; init; }
    /// <summary>
    /// The track's slot number within its cycle, 1-based; for a client's own booking, the count the caller
    /// gave (0 for one outside it).
    /// </summary>
    public required int Occurrence { get; init; }
    public required Session? Session { get; init; }
    public required ZonedDateTime Start { get; init; }
    public required int Minutes { get; init; }
    public required PlannedStatus Status { get; init; }
    public string? Room { get; init; }
    /// <summary>For a shifted or cancelled session: the date it was meant for.</summary>
    public LocalDate? OriginalDate { get; init; }
    /// <summary>Why the session moved, was cancelled, or why its clock time differs from the timetable.</summary>
    public string? Note { get; init; }
    /// <summary>Labels of other sessions that take place at the same time (a client cannot attend both).</summary>
    public IReadOnlyList<string> Overlaps { get; init; } = [];

    public LocalDate Date => Start.Date;
    public LocalTime StartTime => Start.TimeOfDay;
    public ZonedDateTime End => Start.Plus(Duration.FromMinutes(Minutes));
    public Instant StartInstant => Start.ToInstant();
    public Instant EndInstant => End.ToInstant();

    /// <summary>"RP 3" for a fixed session, "SS (topic)" where the group picks one.</summary>
    public string Label => Session is { } s ? s.Code.ToString() : $"{Track.Code} (topic)";
}
