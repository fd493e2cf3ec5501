using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;

namespace IopCurriculum.Domain.Guides;

/// <summary>
/// One session as a facilitator's guide presents it: the curriculum's content, when and where it meets,
/// and who is expected. Holds no client data beyond <see cref="Roster"/>, whose names are already
/// shortened to the program's <see cref="RosterStyle"/>.
/// </summary>
public sealed record GuideSession
{
    public required Track Track { get; init; }

    /// <summary>The curriculum session, or null where the group or the counselor picks the topic.</summary>
    public Session? Session { get; init; }

    /// <summary>The local date, or null in a curriculum preview, which belongs to no cohort.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Local start time in the program's zone; the run-sheet's clock times count from it.</summary>
    public required LocalTime Start { get; init; }

    public required int Minutes { get; init; }

    public string? Room { get; init; }

    public PlannedStatus Status { get; init; } = PlannedStatus.Scheduled;

    /// <summary>Why the session moved or was cancelled, as the plan put it.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// The clients expected, as printed names in roster order; null in a curriculum preview, which
    /// carries no client data at all.
    /// </summary>
    public IReadOnlyList<string>? Roster { get; init; }

    /// <summary>Booked for one client rather than for the group.</summary>
    public bool Individual { get; init; }

    /// <summary>"RP 3", or "SS (topic)" where the topic is picked on the day.</summary>
    public string Label => Session is { } s ? s.Code.ToString() : $"{Track.Code} (topic)";

    public string Title => Session?.Title ?? Track.Name;

    public LocalTime End => Start.PlusMinutes(Minutes);

    public bool Cancelled => Status == PlannedStatus.Cancelled;
}
