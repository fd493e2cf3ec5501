namespace IopCurriculum.Domain.Curricula;

/// <summary>
/// A strand of the curriculum (Relapse Prevention, Family Education…): when it meets, its handouts and
/// its sessions, numbered 1, 2, 3… in order.
/// </summary>
public sealed class Track
{
    public Track(
        TrackCode code,
        TrackProfile profile,
        TrackSchedule schedule,
        int minutes,
        SequenceKind sequence,
        IEnumerable<Handout> handouts,
        IEnumerable<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(schedule);
        var sessionList = Preconditions.List(sessions, nameof(sessions));
        for (var i = 0; i < sessionList.Count; i++)
        {
            var session = sessionList[i];
            if (session.Code.Track != code)
                throw new CurriculumRuleException($"session {session.Code} does not belong to track {code}");
            CurriculumRules.Enforce(CurriculumRules.SessionNumber(code, i + 1, session.Number));
            if (session.Content.Week is { } week)
                CurriculumRules.Enforce(CurriculumRules.SessionWeek(session.Code, week, schedule.Weeks));
        }
        CurriculumRules.Enforce(CurriculumRules.SessionCount(code, sequence, schedule, sessionList.Count));

        Code = code;
        Profile = profile;
        Schedule = schedule;
        Minutes = Preconditions.Positive(minutes, nameof(minutes));
        Sequence = sequence;
        Handouts = Preconditions.List(handouts, nameof(handouts));
        Sessions = sessionList;
    }

    public TrackCode Code { get; }
    public TrackProfile Profile { get; }
    public TrackSchedule Schedule { get; }
    /// <summary>The usual length of a session of this track.</summary>
    public int Minutes { get; }
    public SequenceKind Sequence { get; }
    public IReadOnlyList<Handout> Handouts { get; }
    public IReadOnlyList<Session> Sessions { get; }

    public string Name => Profile.Name;
    public TrackKind Kind => Profile.Kind;

    /// <summary>
    /// The session that runs at the track's <paramref name="occurrence"/>-th slot (1-based), or null
    /// where the group picks the topic itself.
    /// </summary>
    public Session? SessionForOccurrence(int occurrence)
    {
        Preconditions.Positive(occurrence, nameof(occurrence));
        return Sequence switch
        {
            SequenceKind.Fixed when Schedule.Cadence == Cadence.Weekly => occurrence <= Sessions.Count ? Sessions[occurrence - 1] : null,
            SequenceKind.Repeat => Sessions[0],
            _ => null,
        };
    }

    /// <summary>The sessions this track holds in a program week, in order; empty when it does not meet.</summary>
    public IReadOnlyList<Session> SessionsInWeek(int week)
    {
        if (!Schedule.Weeks.Contains(week)) return [];
        if (Schedule.Cadence == Cadence.AsNeeded)
            return [.. Sessions.Where(s => s.Content.Week == week)];
        return Sequence switch
        {
            SequenceKind.Fixed => [.. Enumerable.Range((week - Schedule.Weeks.First) * Schedule.PerWeek + 1, Schedule.PerWeek)
                .Select(SessionForOccurrence).OfType<Session>()],
            SequenceKind.Repeat => [.. Enumerable.Repeat(Sessions[0], Schedule.PerWeek)],
            _ => Sessions,
        };
    }

    public Session? FindSession(int number) => number >= 1 && number <= Sessions.Count ? Sessions[number - 1] : null;

    public override string ToString() => $"{Code} {Name}";
}
