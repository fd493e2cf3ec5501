namespace IopCurriculum.Domain.Curricula;

/// <summary>
/// A complete, validated curriculum: its tracks, their sessions and handouts. Built only whole:
/// every rule in <see cref="CurriculumRules"/> holds for any instance.
/// </summary>
public sealed class Curriculum
{
    private readonly Dictionary<TrackCode, Track> _tracks;
    private readonly Dictionary<HandoutCode, Handout> _handouts;

    public Curriculum(CurriculumId id, string version, string title, int weeks, IEnumerable<Track> tracks)
    {
        CurriculumRules.Enforce(CurriculumRules.VersionFormat(version));
        CurriculumRules.Enforce(CurriculumRules.CurriculumWeeks(weeks));
        var trackList = Preconditions.List(tracks, nameof(tracks));
        if (trackList.Count == 0) throw new CurriculumRuleException("a curriculum needs at least one track");
        CurriculumRules.Enforce(CurriculumRules.FirstDuplicate("track code", trackList.Select(t => t.Code.Value)));
        CurriculumRules.Enforce(CurriculumRules.FirstDuplicate("handout code", trackList.SelectMany(t => t.Handouts).Select(h => h.Code.Value)));
        foreach (var track in trackList)
            CurriculumRules.Enforce(CurriculumRules.TrackWeeks(track.Code, track.Schedule.Weeks, weeks));

        _tracks = trackList.ToDictionary(t => t.Code);
        _handouts = trackList.SelectMany(t => t.Handouts).ToDictionary(h => h.Code);
        foreach (var session in trackList.SelectMany(t => t.Sessions))
            foreach (var handout in session.Content.Handouts)
                CurriculumRules.Enforce(CurriculumRules.HandoutReference(session.Code, handout, _handouts.ContainsKey(handout)));

        Id = id;
        Version = version;
        Title = Preconditions.NotBlank(title, nameof(title));
        Weeks = weeks;
        Tracks = trackList;
    }

    public CurriculumId Id { get; }
    public string Version { get; }
    public string Title { get; }
    public string Description { get; init; } = "";
    /// <summary>Where the manual's titles come from, when the curriculum follows one.</summary>
    public string? Source { get; init; }
    /// <summary>Length of the core program in weeks.</summary>
    public int Weeks { get; }
    public IReadOnlyList<Track> Tracks { get; }

    public IEnumerable<Session> Sessions => Tracks.SelectMany(t => t.Sessions);
    public IEnumerable<Handout> Handouts => Tracks.SelectMany(t => t.Handouts);

    public Track? FindTrack(TrackCode code) => _tracks.GetValueOrDefault(code);

    public Session? FindSession(SessionCode code) => FindTrack(code.Track)?.FindSession(code.Number);

    public Handout? FindHandout(HandoutCode code) => _handouts.GetValueOrDefault(code);

    /// <summary>Tracks that meet in a week with the sessions each holds then, in track order.</summary>
    public IReadOnlyList<(Track Track, IReadOnlyList<Session> Sessions)> Week(int week)
    {
        if (week < 1 || week > Weeks)
            throw new ArgumentOutOfRangeException(nameof(week), week, $"week must be between 1 and {Weeks}");
        return [.. Tracks.Where(t => t.Schedule.Weeks.Contains(week)).Select(t => (t, t.SessionsInWeek(week)))];
    }

    public override string ToString() => $"{Id} {Version}";
}
