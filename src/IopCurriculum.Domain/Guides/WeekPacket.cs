using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Guides;

/// <summary>
/// What a cohort's weekly packet prints: the week's sessions in time order with their rosters, and who
/// is due a urine or breath test. A read-only view assembled by the engine; client names in it are
/// already in the program's <see cref="RosterStyle"/>.
/// </summary>
public sealed record WeekPacket
{
    public required string CohortId { get; init; }
    public required string ProgramName { get; init; }
    public required Curriculum Curriculum { get; init; }
    /// <summary>The program's IANA zone, in which every date and time of the packet is local.</summary>
    public required string TimeZone { get; init; }
    public required int Week { get; init; }
    /// <summary>How many weeks the cohort runs.</summary>
    public required int Weeks { get; init; }
    public required LocalDate FirstDay { get; init; }
    public required LocalDate LastDay { get; init; }
    public required RosterStyle RosterStyle { get; init; }
    /// <summary>Every session of the week in time order, cancelled ones included so the calendar can show them.</summary>
    public required IReadOnlyList<GuideSession> Sessions { get; init; }
    /// <summary>Clients due a test this week, as printed names; empty when the week has no testing slot.</summary>
    public required IReadOnlyList<string> DueForTesting { get; init; }

    /// <summary>The measures each client should complete this week (PHQ-9, BAM…), in roster order; clients owing none are left out.</summary>
    public IReadOnlyList<ClientMeasuresDue> MeasuresDue { get; init; } = [];

    /// <summary>The sessions that take place: each gets a guide in the packet.</summary>
    public IEnumerable<GuideSession> Held => Sessions.Where(s => !s.Cancelled);

    /// <summary>The week's testing slots that take place.</summary>
    public IEnumerable<GuideSession> TestingSlots => Held.Where(s => s.Track.Kind == TrackKind.Testing);
}
