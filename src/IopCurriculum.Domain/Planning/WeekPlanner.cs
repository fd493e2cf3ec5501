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
    /// <param name="seed">Draws testing days; by default derived from the start date so a plan is reproducible.</param>
    public static SessionPlan Plan(Curriculum curriculum, ProgramCalendar calendar, LocalDate start, int? seed = null)
    {
        var problems = CalendarFit.Problems(curriculum, calendar).Select(p => p.Problem).ToArray();
        if (problems.Length > 0) throw new PlanningException(problems);

        var random = new Random(seed ?? start.ToDateOnly().DayNumber);
        var sessions = new List<PlannedSession>();
        var occurrences = curriculum.Tracks.ToDictionary(t => t.Code, _ => 0);

        for (var week = 1; week <= curriculum.Weeks; week++)
        {
            var firstDay = start.PlusDays(7 * (week - 1));
            foreach (var track in curriculum.Tracks.Where(t => t.Schedule.Weeks.Contains(week)))
            {
                var slot = new Slot(calendar, track, week, firstDay);
                if (track.Schedule.Cadence == Cadence.AsNeeded)
                {
                    // As-needed sessions that name a week are booked on the track's earliest day that week.
                    foreach (var session in track.SessionsInWeek(week))
                        sessions.Add(slot.Place(slot.Days.Select(slot.DateOf).Min(), session.Number, session));
                    continue;
                }
                var dates = slot.WeeklyDates(random);
                slot.Occupy(dates);
                foreach (var date in dates)
                {
                    var occurrence = ++occurrences[track.Code];
                    sessions.Add(slot.Place(date, occurrence, track.SessionForOccurrence(occurrence)));
                }
            }
        }

        var trackOrder = curriculum.Tracks.Select((t, i) => (t.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var ordered = sessions
            .OrderBy(s => s.StartInstant)
            .ThenBy(s => trackOrder[s.Track.Code])
            .ToArray();
        MarkOverlaps(ordered);
        return new SessionPlan(curriculum, calendar, start, ordered, Weeks(curriculum, calendar, start, ordered));
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

    private static PlannedWeek[] Weeks(Curriculum curriculum, ProgramCalendar calendar, LocalDate start, IReadOnlyList<PlannedSession> sessions)
    {
        var minutes = new int[curriculum.Weeks + 1];
        foreach (var session in sessions.Where(s => s.Status != PlannedStatus.Cancelled))
            minutes[session.Week] += session.Minutes;
        return
        [
            .. Enumerable.Range(1, curriculum.Weeks).Select(week => new PlannedWeek(
                week, start.PlusDays(7 * (week - 1)), start.PlusDays(7 * week - 1), minutes[week], calendar.MinimumWeeklyHours)),
        ];
    }

    /// <summary>One track in one program week: where and when its sessions go.</summary>
    private sealed class Slot(ProgramCalendar calendar, Track track, int week, LocalDate firstDay)
    {
        private readonly TrackTimetable? _timetable = calendar.Tracks.GetValueOrDefault(track.Code);
        private IReadOnlyList<LocalDate> _meets = [];
        private List<LocalDate>? _shiftedTo;

        public IReadOnlyList<IsoDayOfWeek> Days { get; } =
            calendar.Tracks.GetValueOrDefault(track.Code)?.Days is { Count: > 0 } days ? [.. days.Order()] : track.Schedule.Days;

        private LocalTime StartTime => _timetable?.Start ?? track.Schedule.SuggestedStart;

        private LocalDate LastDay => firstDay.PlusDays(6);

        public LocalDate DateOf(IsoDayOfWeek day) => firstDay.With(DateAdjusters.NextOrSame(day));

        /// <summary>The week's dates for a weekly track, drawing days at random where it lists more days than it meets.</summary>
        public IReadOnlyList<LocalDate> WeeklyDates(Random random)
        {
            var dates = Days.Select(DateOf).ToList();
            var perWeek = track.Schedule.PerWeek;
            if (dates.Count > perWeek)
            {
                // Prefer open days so that a drawn test day is not lost to a closure when another day is free.
                dates = [.. dates.Where(calendar.IsOpen).OrderBy(_ => random.Next())
                    .Concat(dates.Where(d => !calendar.IsOpen(d)).OrderBy(_ => random.Next()))
                    .Take(perWeek)];
            }
            return [.. dates.Order()];
        }

        /// <summary>Days the track already meets this week: a shifted session must not land on one of them.</summary>
        public void Occupy(IReadOnlyList<LocalDate> dates) => _meets = dates;

        public PlannedSession Place(LocalDate date, int occurrence, Session? session)
        {
            var closure = calendar.ClosureOn(date);
            var status = PlannedStatus.Scheduled;
            var actualDate = date;
            string? note = null;
            if (closure is not null)
            {
                var shifted = calendar.ClosurePolicy == ClosurePolicy.Shift ? NextOpenDay(date) : null;
                status = shifted is null ? PlannedStatus.Cancelled : PlannedStatus.Shifted;
                actualDate = shifted ?? date;
                note = shifted is null
                    ? calendar.ClosurePolicy == ClosurePolicy.Shift
                        ? $"closed for {closure.Name}; no open day left in week {week}"
                        : $"closed for {closure.Name}"
                    : $"moved from {date:ddd d MMM} (closed for {closure.Name})";
            }

            var local = actualDate + StartTime;
            var start = local.InZoneLeniently(calendar.TimeZone);
            if (start.LocalDateTime != local)
                note = Join(note, $"{local.TimeOfDay:HH:mm} does not exist on {actualDate:d MMM} (clocks go forward); starts {start.TimeOfDay:HH:mm}");

            return new PlannedSession
            {
                Week = week,
                Track = track,
                Occurrence = occurrence,
                Session = session,
                Start = start,
                Minutes = session?.Minutes ?? track.Minutes,
                Status = status,
                Room = _timetable?.Room,
                OriginalDate = status == PlannedStatus.Scheduled ? null : date,
                Note = note,
            };
        }

        private LocalDate? NextOpenDay(LocalDate date)
        {
            for (var d = date.PlusDays(1); d <= LastDay; d = d.PlusDays(1))
                if (calendar.IsOpen(d) && !_meets.Contains(d) && _shiftedTo?.Contains(d) != true)
                {
                    (_shiftedTo ??= []).Add(d);
                    return d;
                }
            return null;
        }

        private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
    }
}
