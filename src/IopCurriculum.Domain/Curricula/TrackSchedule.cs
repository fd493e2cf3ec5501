using NodaTime;

namespace IopCurriculum.Domain.Curricula;

/// <summary>When a track meets: its weeks, weekdays, how often, and a suggested local start time.</summary>
public sealed record TrackSchedule
{
    public TrackSchedule(WeekRange weeks, IEnumerable<IsoDayOfWeek> days, int perWeek, Cadence cadence, LocalTime suggestedStart)
    {
        var dayList = Preconditions.List(days, nameof(days));
        CurriculumRules.Enforce(CurriculumRules.Days(dayList));
        CurriculumRules.Enforce(CurriculumRules.PerWeek(perWeek, dayList.Count));
        Weeks = weeks;
        Days = [.. dayList.Order()];
        PerWeek = perWeek;
        Cadence = cadence;
        SuggestedStart = suggestedStart;
    }

    public WeekRange Weeks { get; }
    public IReadOnlyList<IsoDayOfWeek> Days { get; }
    public int PerWeek { get; }
    public Cadence Cadence { get; }
    public LocalTime SuggestedStart { get; }
    /// <summary>The track goes on after the program's last week, as aftercare.</summary>
    public bool ContinuesAfterProgram { get; init; }

    /// <summary>Fewer sessions than listed days: each week one of the days is drawn at random.</summary>
    public bool DrawsDays => PerWeek < Days.Count;

    /// <summary>Slots a weekly track has over the program: its weeks times sessions per week.</summary>
    public int SlotCount => Cadence == Cadence.Weekly ? Weeks.Count * PerWeek : 0;
}
