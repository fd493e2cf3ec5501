using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Domain.Planning;

/// <summary>
/// Lays a curriculum out on a program's calendar from a start date. Pure: the same inputs always give
/// the same plan, and nothing reads a clock or a file.
/// </summary>
/// <remarks>
/// Week <c>n</c> covers the seven days from <c>start + 7(n-1)</c>; a track's weekday falls on the first
/// such day in that window. Sessions are set in the program's local time and converted to instants with
/// the zone's rules, so a daylight-saving change keeps the local clock time.
/// </remarks>
public static class WeekPlanner
{
    /// <summary>One pass of the curriculum, weeks 1 to its length: the plan for a closed cohort.</summary>
    /// <param name="seed">Draws testing days; by default derived from the start date so a plan is reproducible.</param>
    public static SessionPlan Plan(Curriculum curriculum, ProgramCalendar calendar, LocalDate start, int? seed = null) =>
        Plan(curriculum, calendar, start, new PlanOptions { Seed = seed });

    /// <summary>Plans <see cref="PlanOptions.Weeks"/> program weeks with closed or open groups.</summary>
    /// <remarks>
    /// <para>
    /// <see cref="GroupMode.Closed"/>: each track meets only in its own weeks, so weeks past the
    /// curriculum's length hold nothing but tracks that continue after the program as aftercare; those
    /// meet every week from then on.
    /// </para>
    /// <para>
    /// <see cref="GroupMode.Open"/>: clients join in any week, so from its first week every weekly track
    /// meets every week and cycles through its block. A fixed sequence of weeks 1-4 runs block week 1
    /// again in week 5, and its session numbering restarts at 1 in each cycle; topic-list and repeating
    /// tracks simply go on meeting. As-needed tracks (individual and conjoint sessions) are left out:
    /// they are booked per client with <see cref="BookIndividual"/>, not per group.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one week is asked for.</exception>
    /// <exception cref="PlanningException">The calendar's timetable cannot hold the curriculum's tracks.</exception>
    public static SessionPlan Plan(Curriculum curriculum, ProgramCalendar calendar, LocalDate start, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(options);
        var weeks = options.Weeks ?? curriculum.Weeks;
        if (weeks < 1) throw new ArgumentOutOfRangeException(nameof(options), weeks, "a plan needs at least 1 week");
        var problems = CalendarFit.Problems(curriculum, calendar).Select(p => p.Problem).ToArray();
        if (problems.Length > 0) throw new PlanningException(problems);

        var random = new Random(options.Seed ?? start.ToDateOnly().DayNumber);
        var sessions = new List<PlannedSession>();

        for (var week = 1; week <= weeks; week++)
        {
            foreach (var track in curriculum.Tracks)
            {
                if (BlockPosition.Of(track, week, curriculum.Weeks, options.Groups) is not { } block) continue;
                var slot = new TrackSlot(calendar, track, start, week, block);
                if (track.Schedule.Cadence == Cadence.AsNeeded)
                {
                    // As-needed sessions that name a week are booked on the track's earliest day that week.
                    foreach (var session in track.SessionsInWeek(week))
                        sessions.Add(slot.Place(slot.EarliestDate, session.Number, session));
                    continue;
                }
                var dates = slot.WeeklyDates(random);
                slot.Occupy(dates);
                // Every block week holds PerWeek slots, so numbering from the block week restarts each cycle.
                var before = (block.Week - track.Schedule.Weeks.First) * track.Schedule.PerWeek;
                for (var i = 0; i < dates.Count; i++)
                    sessions.Add(slot.Place(dates[i], before + i + 1, track.SessionForOccurrence(before + i + 1)));
            }
        }

        var trackOrder = curriculum.Tracks.Select((t, i) => (t.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var ordered = sessions
            .OrderBy(s => s.StartInstant)
            .ThenBy(s => trackOrder[s.Track.Code])
            .ToArray();
        MarkOverlaps(ordered);
        return new SessionPlan(curriculum, calendar, start, ordered, Weeks(weeks, calendar, start, ordered)) { Groups = options.Groups };
    }

    /// <summary>
    /// Places a session of <paramref name="track"/> in program week <paramref name="week"/> of a plan
    /// that started on <paramref name="start"/>: on the track's earliest day that week (the calendar's
    /// timetable days, else the curriculum's) that is open and not before <paramref name="notBefore"/>,
    /// at the track's start time.
    /// </summary>
    /// <remarks>
    /// Individual and conjoint sessions are arranged per client, so an open-group plan leaves them out
    /// and each is booked here when the client's week comes. A closed day is passed over rather than
    /// shifted, so a booking is always <see cref="PlannedStatus.Scheduled"/>; it may still carry a
    /// daylight-saving note. Its <see cref="PlannedSession.BlockWeek"/> is the program week and its cycle
    /// 1, since it belongs to the client rather than to a pass of a group. Weeks past the curriculum's
    /// length are allowed, for clients of open groups.
    /// </remarks>
    /// <param name="session">The session to hold, or null where the counselor picks the topic.</param>
    /// <param name="occurrence">
    /// The client's count of sessions of this track, 1-based; 0 for a booking outside that count, such as
    /// one a workflow asks for.
    /// </param>
    /// <returns>The booked session, or null when no such day is left that week.</returns>
    /// <exception cref="ArgumentException">The track is not the curriculum's, or the session not the track's.</exception>
    /// <exception cref="PlanningException">The calendar's timetable for the track does not fit it.</exception>
    public static PlannedSession? BookIndividual(
        Curriculum curriculum,
        ProgramCalendar calendar,
        LocalDate start,
        int week,
        Track track,
        Session? session,
        int occurrence,
        LocalDate notBefore)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(track);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(occurrence);
        if (curriculum.FindTrack(track.Code) is null)
            throw new ArgumentException($"track {track.Code} is not a track of curriculum {curriculum.Id}", nameof(track));
        if (session is not null && session.Code.Track != track.Code)
            throw new ArgumentException($"session {session.Code} does not belong to track {track.Code}", nameof(session));
        var problems = CalendarFit.Problems(curriculum, calendar).Where(p => p.Track == track.Code).Select(p => p.Problem).ToArray();
        if (problems.Length > 0) throw new PlanningException(problems);

        var slot = new TrackSlot(calendar, track, start, week, new BlockPosition(week, 1));
        return slot.EarliestOpenDate(notBefore) is { } date ? slot.Place(date, occurrence, session) : null;
    }

    /// <summary>
    /// Notes sessions that overlap in time. A closure shift or a program timetable can put two sessions a
    /// client is meant to attend at once; the plan says so rather than hiding it.
    /// </summary>
    private static void MarkOverlaps(PlannedSession[] ordered)
    {
        var found = new Dictionary<int, List<string>>();
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Status == PlannedStatus.Cancelled) continue;
            for (var j = i + 1; j < ordered.Length && ordered[j].StartInstant < ordered[i].EndInstant; j++)
            {
                if (ordered[j].Status == PlannedStatus.Cancelled) continue;
                (found.TryGetValue(i, out var a) ? a : found[i] = []).Add(ordered[j].Label);
                (found.TryGetValue(j, out var b) ? b : found[j] = []).Add(ordered[i].Label);
            }
        }
        foreach (var (index, labels) in found)
            ordered[index] = ordered[index] with { Overlaps = labels };
    }

    private static PlannedWeek[] Weeks(int weeks, ProgramCalendar calendar, LocalDate start, IReadOnlyList<PlannedSession> sessions)
    {
        var minutes = new int[weeks + 1];
        foreach (var session in sessions.Where(s => s.Status != PlannedStatus.Cancelled))
            minutes[session.Week] += session.Minutes;
        return
        [
            .. Enumerable.Range(1, weeks).Select(week => new PlannedWeek(
                week, TrackSlot.FirstDayOf(start, week), TrackSlot.FirstDayOf(start, week + 1).PlusDays(-1), minutes[week], calendar.MinimumWeeklyHours)),
        ];
    }
}
