using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>One track in one program week: which days it may use, and where and when a session of it goes.</summary>
internal sealed class TrackSlot
{
    private readonly ProgramCalendar _calendar;
    private readonly Track _track;
    private readonly int _week;
    private readonly BlockPosition _block;
    private readonly LocalDate _firstDay;
    private readonly TrackTimetable? _timetable;
    private IReadOnlyList<LocalDate> _meets = [];
    private List<LocalDate>? _shiftedTo;

    public TrackSlot(ProgramCalendar calendar, Track track, LocalDate start, int week, BlockPosition block)
    {
        _calendar = calendar;
        _track = track;
        _week = week;
        _block = block;
        _firstDay = FirstDayOf(start, week);
        _timetable = calendar.Tracks.GetValueOrDefault(track.Code);
        Days = _timetable?.Days is { Count: > 0 } days ? [.. days.Order()] : track.Schedule.Days;
    }

    /// <summary>The track's weekdays: the program's own timetable where it sets them, else the curriculum's.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days { get; }

    private LocalTime StartTime => _timetable?.Start ?? _track.Schedule.SuggestedStart;

    private LocalDate LastDay => _firstDay.PlusDays(6);

    /// <summary>Week <paramref name="week"/> of a plan covers the seven days from this one.</summary>
    public static LocalDate FirstDayOf(LocalDate start, int week) => start.PlusDays(7 * (week - 1));

    /// <summary>The first of the track's days in the week.</summary>
    public LocalDate EarliestDate => Days.Select(DateOf).Min();

    /// <summary>The first of the track's days in the week that is open and not before <paramref name="notBefore"/>.</summary>
    public LocalDate? EarliestOpenDate(LocalDate notBefore) =>
        Days.Select(DateOf).Where(d => d >= notBefore && _calendar.IsOpen(d)).Order().Select(d => (LocalDate?)d).FirstOrDefault();

    /// <summary>The week's dates for a weekly track, drawing days at random where it lists more days than it meets.</summary>
    public IReadOnlyList<LocalDate> WeeklyDates(Random random)
    {
        var dates = Days.Select(DateOf).ToList();
        var perWeek = _track.Schedule.PerWeek;
        if (dates.Count > perWeek)
        {
            // Prefer open days so that a drawn test day is not lost to a closure when another day is free.
            dates = [.. dates.Where(_calendar.IsOpen).OrderBy(_ => random.Next())
                .Concat(dates.Where(d => !_calendar.IsOpen(d)).OrderBy(_ => random.Next()))
                .Take(perWeek)];
        }
        return [.. dates.Order()];
    }

    /// <summary>Days the track already meets this week: a shifted session must not land on one of them.</summary>
    public void Occupy(IReadOnlyList<LocalDate> dates) => _meets = dates;

    public PlannedSession Place(LocalDate date, int occurrence, Session? session)
    {
        var closure = _calendar.ClosureOn(date);
        var status = PlannedStatus.Scheduled;
        var actualDate = date;
        string? note = null;
        if (closure is not null)
        {
            var shifted = _calendar.ClosurePolicy == ClosurePolicy.Shift ? NextOpenDay(date) : null;
            status = shifted is null ? PlannedStatus.Cancelled : PlannedStatus.Shifted;
            actualDate = shifted ?? date;
            note = shifted is null
                ? _calendar.ClosurePolicy == ClosurePolicy.Shift
                    ? $"closed for {closure.Name}; no open day left in week {_week}"
                    : $"closed for {closure.Name}"
                : $"moved from {date:ddd d MMM} (closed for {closure.Name})";
        }

        var local = actualDate + StartTime;
        var start = local.InZoneLeniently(_calendar.TimeZone);
        if (start.LocalDateTime != local)
            note = Join(note, $"{local.TimeOfDay:HH:mm} does not exist on {actualDate:d MMM} (clocks go forward); starts {start.TimeOfDay:HH:mm}");

        return new PlannedSession
        {
            Week = _week,
            BlockWeek = _block.Week,
            Cycle = _block.Cycle,
            Track = _track,
            Occurrence = occurrence,
            Session = session,
            Start = start,
            Minutes = session?.Minutes ?? _track.Minutes,
            Status = status,
            Room = _timetable?.Room,
            OriginalDate = status == PlannedStatus.Scheduled ? null : date,
            Note = note,
        };
    }

    private LocalDate DateOf(IsoDayOfWeek day) => _firstDay.With(DateAdjusters.NextOrSame(day));

    private LocalDate? NextOpenDay(LocalDate date)
    {
        for (var d = date.PlusDays(1); d <= LastDay; d = d.PlusDays(1))
            if (_calendar.IsOpen(d) && !_meets.Contains(d) && _shiftedTo?.Contains(d) != true)
            {
                (_shiftedTo ??= []).Add(d);
                return d;
            }
        return null;
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}
