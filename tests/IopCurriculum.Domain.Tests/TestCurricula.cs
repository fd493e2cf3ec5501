using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;

namespace IopCurriculum.Domain.Tests;

/// <summary>Small sessions made in code: one format block that fills the whole session.</summary>
internal static class TestSessions
{
    public static SessionContent Content(string title, int? week = null, params string[] handouts) =>
        new(title, Provenance.Adapted, ["A goal"], handouts.Select(h => new HandoutCode(h)), "Closing words")
        {
            Week = week,
        };

    public static Session Make(string track, int number, int minutes = 90, int? week = null, params string[] handouts) =>
        new(
            Content($"{track} session {number}", week, handouts),
            new SessionCode(new TrackCode(track), number),
            minutes,
            [new FormatBlock("Group", minutes, "Lead the group")]);
}

/// <summary>
/// Builds a valid track with sensible defaults (weekly, fixed sequence, Monday 19:00, 90 minutes,
/// week 1 only); each method changes one thing.
/// </summary>
internal sealed class TrackBuilder
{
    private readonly string _code;
    private readonly Dictionary<int, int> _sessionWeeks = [];
    private readonly Dictionary<int, List<string>> _sessionHandouts = [];
    private readonly List<string> _handouts = [];
    private int _firstWeek = 1;
    private int _lastWeek = 1;
    private IsoDayOfWeek[] _days = [IsoDayOfWeek.Monday];
    private int? _perWeek;
    private Cadence _cadence = Cadence.Weekly;
    private LocalTime _start = new(19, 0);
    private int _minutes = 90;
    private SequenceKind _sequence = SequenceKind.Fixed;
    private int? _sessionCount;
    private Session[]? _sessions;
    private bool _continues;

    private TrackBuilder(string code) => _code = code;

    public static TrackBuilder Track(string code) => new(code);

    public TrackBuilder Weeks(int first, int last)
    {
        _firstWeek = first;
        _lastWeek = last;
        return this;
    }

    public TrackBuilder On(params IsoDayOfWeek[] days)
    {
        _days = days;
        return this;
    }

    public TrackBuilder PerWeek(int perWeek)
    {
        _perWeek = perWeek;
        return this;
    }

    public TrackBuilder AsNeeded()
    {
        _cadence = Cadence.AsNeeded;
        _sequence = SequenceKind.TopicList;
        return this;
    }

    /// <summary>The track goes on after the program's last week, as aftercare.</summary>
    public TrackBuilder ContinuesAfterProgram()
    {
        _continues = true;
        return this;
    }

    public TrackBuilder StartsAt(int hour, int minute)
    {
        _start = new LocalTime(hour, minute);
        return this;
    }

    public TrackBuilder Minutes(int minutes)
    {
        _minutes = minutes;
        return this;
    }

    public TrackBuilder Sequence(SequenceKind sequence)
    {
        _sequence = sequence;
        return this;
    }

    public TrackBuilder SessionCount(int count)
    {
        _sessionCount = count;
        return this;
    }

    /// <summary>Gives session <paramref name="number"/> a planned week (for as-needed tracks).</summary>
    public TrackBuilder SessionInWeek(int number, int week)
    {
        _sessionWeeks[number] = week;
        return this;
    }

    /// <summary>A handout this track owns.</summary>
    public TrackBuilder Handout(string code)
    {
        _handouts.Add(code);
        return this;
    }

    /// <summary>Session <paramref name="number"/> gives out handout <paramref name="code"/>.</summary>
    public TrackBuilder SessionHandout(int number, string code)
    {
        if (!_sessionHandouts.TryGetValue(number, out var list)) _sessionHandouts[number] = list = [];
        list.Add(code);
        return this;
    }

    /// <summary>Uses these sessions instead of generated ones.</summary>
    public TrackBuilder WithSessions(params Session[] sessions)
    {
        _sessions = sessions;
        return this;
    }

    public TrackSchedule Schedule() =>
        new(new WeekRange(_firstWeek, _lastWeek), _days, _perWeek ?? _days.Length, _cadence, _start) { ContinuesAfterProgram = _continues };

    public Track Build()
    {
        var schedule = Schedule();
        var sessions = _sessions ?? [.. Enumerable.Range(1, DefaultSessionCount(schedule)).Select(n => TestSessions.Make(
            _code,
            n,
            _minutes,
            _sessionWeeks.TryGetValue(n, out var week) ? week : null,
            [.. _sessionHandouts.GetValueOrDefault(n) ?? []]))];
        return new Track(
            new TrackCode(_code),
            new TrackProfile($"Track {_code}", TrackKind.Group, ["counselor"]),
            schedule,
            _minutes,
            _sequence,
            _handouts.Select(h => new Handout(new HandoutCode(h), $"Handout {h}", Provenance.Adapted)),
            sessions);
    }

    private int DefaultSessionCount(TrackSchedule schedule) =>
        _sessionCount ?? (_sequence, schedule.Cadence) switch
        {
            (SequenceKind.Fixed, Cadence.Weekly) => schedule.SlotCount,
            _ => Math.Max(1, _sessionWeeks.Keys.DefaultIfEmpty(0).Max()),
        };
}

/// <summary>Builds a curriculum (default: 'test-curriculum' 1.0.0, 4 weeks) from tracks.</summary>
internal sealed class CurriculumBuilder
{
    private readonly List<Track> _tracks = [];
    private int _weeks = 4;

    public static CurriculumBuilder Curriculum() => new();

    public CurriculumBuilder Weeks(int weeks)
    {
        _weeks = weeks;
        return this;
    }

    public CurriculumBuilder With(TrackBuilder track) => With(track.Build());

    public CurriculumBuilder With(Track track)
    {
        _tracks.Add(track);
        return this;
    }

    public Curriculum Build() => new(new CurriculumId("test-curriculum"), "1.0.0", "Test curriculum", _weeks, _tracks);
}

/// <summary>Program calendars for planner tests.</summary>
internal static class TestCalendars
{
    public static DateTimeZone LosAngeles => DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static ProgramCalendar InLosAngeles(params Closure[] closures) => new(LosAngeles, closures);
}
