using System.Text.RegularExpressions;
using NodaTime;

namespace IopCurriculum.Domain.Curricula;

/// <summary>
/// The rules a curriculum obeys, each a pure check that returns the problem in plain words or null.
/// The domain types enforce them on construction; the file loader asks them first so that it can
/// report every problem at its place in the file.
/// </summary>
public static partial class CurriculumRules
{
    public static string IdFormatMessage(string? value) =>
        $"'{value}' is not a valid curriculum id: use lower-case letters, digits and single dashes, such as 'matrix-16-week'";

    public static string TrackCodeFormatMessage(string? value) =>
        $"'{value}' is not a valid track code: use 1 to 8 upper-case letters or digits starting with a letter, such as 'RP'";

    public static string? VersionFormat(string? version) =>
        version is not null && VersionPattern().IsMatch(version)
            ? null
            : $"'{version}' is not a valid version: use numbers separated by dots, such as '1.2.0'";

    public static string? CurriculumWeeks(int weeks) =>
        weeks is >= 1 and <= 104 ? null : $"a curriculum lasts 1 to 104 weeks, not {weeks}";

    public static string? WeekRangeOrder(int first, int last) =>
        first < 1 ? $"weeks start at 1, not {first}"
        : last < first ? $"week range {first}-{last} ends before it starts"
        : null;

    public static string? TrackWeeks(TrackCode track, WeekRange weeks, int curriculumWeeks) =>
        weeks.Last <= curriculumWeeks
            ? null
            : $"track {track} runs in weeks {weeks}, outside the curriculum's weeks 1-{curriculumWeeks}";

    public static string? SessionWeek(SessionCode session, int week, WeekRange trackWeeks) =>
        trackWeeks.Contains(week)
            ? null
            : $"session {session} is set in week {week}, outside its track's weeks {trackWeeks}";

    public static string? CapacityOrder(int min, int max) =>
        min < 1 ? $"capacity min must be at least 1, not {min}"
        : max < min ? $"capacity min {min} is more than max {max}"
        : null;

    public static string? Days(IReadOnlyCollection<IsoDayOfWeek> days) =>
        days.Count == 0 ? "a schedule needs at least one day"
        : days.Distinct().Count() != days.Count ? "a day is listed twice"
        : null;

    public static string? PerWeek(int perWeek, int dayCount) =>
        perWeek >= 1 && perWeek <= dayCount
            ? null
            : $"per_week is {perWeek} but must be between 1 and the number of days listed ({dayCount})";

    public static string? FormatMinutes(IReadOnlyCollection<int> blockMinutes, int sessionMinutes)
    {
        if (blockMinutes.Count == 0) return "the format has no blocks";
        var sum = blockMinutes.Sum();
        return sum == sessionMinutes
            ? null
            : $"format blocks add up to {sum} minutes but the session lasts {sessionMinutes} ({Difference(sum - sessionMinutes)})";
    }

    public static string? SessionNumber(TrackCode track, int expected, int actual) =>
        expected == actual
            ? null
            : $"sessions of {track} must be numbered 1, 2, 3… in order: expected {expected} here, found {actual}";

    public static string? SessionCount(TrackCode track, SequenceKind sequence, TrackSchedule schedule, int count)
    {
        if (count == 0) return $"track {track} has no sessions";
        if (sequence == SequenceKind.Repeat && count != 1)
            return $"track {track} repeats one session at every slot, so it needs exactly 1 session, not {count}";
        if (sequence == SequenceKind.Fixed && schedule.Cadence == Cadence.Weekly && count != schedule.SlotCount)
            return $"track {track} meets {schedule.PerWeek} time(s) a week in weeks {schedule.Weeks}, " +
                   $"so its fixed sequence needs {schedule.SlotCount} sessions, not {count}";
        return null;
    }

    public static string? HandoutReference(SessionCode session, HandoutCode handout, bool defined) =>
        defined ? null : $"session {session} refers to handout '{handout}', which no track defines";

    /// <summary>The first value that appears twice, as a problem, or null.</summary>
    public static string? FirstDuplicate(string what, IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
            if (!seen.Add(value)) return $"duplicate {what} '{value}'";
        return null;
    }

    /// <summary>Throws <see cref="CurriculumRuleException"/> when a check found a problem.</summary>
    public static void Enforce(string? problem)
    {
        if (problem is not null) throw new CurriculumRuleException(problem);
    }

    private static string Difference(int over) => over > 0 ? $"{over} too many" : $"{-over} missing";

    [GeneratedRegex(@"^\d+(\.\d+){0,3}$")]
    private static partial Regex VersionPattern();
}
