using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Domain.Planning;

/// <summary>Checks that a program calendar's timetable can hold a curriculum's tracks.</summary>
public static class CalendarFit
{
    /// <summary>Every problem, each with the track it concerns.</summary>
    public static IEnumerable<(TrackCode Track, string Problem)> Problems(Curriculum curriculum, ProgramCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(calendar);
        foreach (var (code, timetable) in calendar.Tracks)
        {
            var track = curriculum.FindTrack(code);
            if (track is null)
            {
                var known = string.Join(", ", curriculum.Tracks.Select(t => t.Code));
                yield return (code, $"the calendar sets a timetable for track {code}, which curriculum {curriculum.Id} does not have (its tracks: {known})");
                continue;
            }
            if (timetable.Days is { } days)
            {
                if (CurriculumRules.Days(days) is { } dayProblem)
                    yield return (code, $"track {code}: {dayProblem}");
                else if (days.Count < track.Schedule.PerWeek)
                    yield return (code, $"track {code} meets {track.Schedule.PerWeek} time(s) a week but the calendar gives it only {days.Count} day(s)");
            }
        }
    }
}
