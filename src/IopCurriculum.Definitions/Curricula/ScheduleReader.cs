using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;
using NodaTime;

namespace IopCurriculum.Definitions.Curricula;

/// <summary>Reads a track's <c>schedule</c> and a list of days, shared with program calendars.</summary>
internal static class ScheduleReader
{
    /// <returns>The schedule (null when malformed, already reported) and where its weeks are written.</returns>
    public static (TrackSchedule? Schedule, SourceLocation WeeksWhere) Read(YamlMap track)
    {
        var map = track.Map("schedule", required: true)?.Expect("a schedule", CurriculumKeys.Schedule);
        if (map is null) return (null, track.LocationOf("schedule"));
        var before = map.Diagnostics.Count;
        var weeks = map.Value("weeks", required: true, Scalars.WeeksExpectation, Scalars.Weeks);
        var days = Days(map, "days", required: true);
        var perWeek = map.WholeNumber("per_week", min: 1, max: 7) ?? days?.Count;
        var cadence = map.Enum<Cadence>("cadence") ?? Cadence.Weekly;
        var start = map.Value("start", required: true, Scalars.TimeExpectation, Scalars.Time);
        var continues = map.Flag("continues_after_program") ?? false;

        if (days is not null && perWeek is not null)
            map.Diagnostics.Check(map.LocationOf("per_week"), CurriculumRules.PerWeek(perWeek.Value, days.Count));
        if (map.Diagnostics.Count != before || weeks is null || days is null || perWeek is null || start is null)
            return (null, map.ValueLocationOf("weeks"));
        var schedule = new TrackSchedule(weeks.Value, days, perWeek.Value, cadence, start.Value) { ContinuesAfterProgram = continues };
        return (schedule, map.ValueLocationOf("weeks"));
    }

    /// <summary>A list of weekdays; null when absent or any day is misspelt or repeated (reported).</summary>
    public static IReadOnlyList<IsoDayOfWeek>? Days(YamlMap map, string key, bool required = false)
    {
        if (!map.Has(key))
        {
            if (required) map.Items(key, required: true);
            return null;
        }
        var days = new List<IsoDayOfWeek>();
        var whole = true;
        foreach (var (text, where) in map.LocatedStrings(key))
        {
            if (Scalars.Day(text) is { } day)
            {
                days.Add(day);
                continue;
            }
            map.Diagnostics.Add(where, $"'{text}' is not {Scalars.DayExpectation}{Suggestions.Hint(text, Scalars.DayWords)}");
            whole = false;
        }
        if (!whole) return null;
        return map.Diagnostics.Check(map.ValueLocationOf(key), CurriculumRules.Days(days)) ? days : null;
    }
}
