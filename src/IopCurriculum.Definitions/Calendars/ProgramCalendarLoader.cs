using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Billing;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;

namespace IopCurriculum.Definitions.Calendars;

/// <summary>Loads a program calendar file and, given a curriculum, checks that its timetable fits it.</summary>
public static class ProgramCalendarLoader
{
    private static readonly string[] Keys =
        ["program", "timezone", "closure_policy", "open_days", "minimum_weekly_hours", "tracks", "closures", "billing"];
    private static readonly string[] TrackKeys = ["days", "start", "room"];
    private static readonly string[] ClosureKeys = ["date", "name"];
    private static readonly string[] BillingKeys = ["code", "name", "per", "minimum_minutes", "source"];

    /// <param name="zoneOverride">A zone that replaces the file's (the CLI's --tz); the file then need not name one.</param>
    public static LoadResult<ProgramCalendar> Load(string path, Curriculum? curriculum = null, DateTimeZone? zoneOverride = null)
    {
        var diagnostics = new DiagnosticBag();
        return Finish(YamlFile.LoadMapping(path, "calendar", diagnostics), diagnostics, curriculum, zoneOverride);
    }

    /// <summary>A calendar kept as text, such as a program's calendar stored in the database.</summary>
    /// <param name="sourceName">Names the text in diagnostics.</param>
    public static LoadResult<ProgramCalendar> Parse(string source, string sourceName, Curriculum? curriculum = null, DateTimeZone? zoneOverride = null)
    {
        var diagnostics = new DiagnosticBag();
        return Finish(YamlFile.ParseMapping(source, sourceName, "calendar", diagnostics), diagnostics, curriculum, zoneOverride);
    }

    private static LoadResult<ProgramCalendar> Finish(YamlMap? file, DiagnosticBag diagnostics, Curriculum? curriculum, DateTimeZone? zoneOverride)
    {
        var map = file?.Expect("the calendar", Keys);
        var calendar = map is null ? null : Read(map, zoneOverride);
        if (calendar is not null && curriculum is not null && map is not null)
        {
            var tracks = map.Map("tracks");
            foreach (var (code, problem) in CalendarFit.Problems(curriculum, calendar))
                diagnostics.Add(tracks?.LocationOf(code.Value) ?? map.Location, problem);
        }
        return calendar is not null && diagnostics.Count == 0
            ? LoadResult.Success(calendar)
            : LoadResult.Failure<ProgramCalendar>(diagnostics.Sorted());
    }

    private static ProgramCalendar? Read(YamlMap map, DateTimeZone? zoneOverride)
    {
        var diagnostics = map.Diagnostics;
        var before = diagnostics.Count;
        var program = map.Text("program") ?? "";
        var zoneName = map.Text("timezone", required: zoneOverride is null);
        var zone = zoneOverride;
        if (zone is null && zoneName is not null)
        {
            zone = TimeZones.Find(zoneName);
            if (zone is null) diagnostics.Add(map.ValueLocationOf("timezone"), TimeZones.UnknownMessage(zoneName));
        }
        var policy = map.Enum<ClosurePolicy>("closure_policy") ?? ClosurePolicy.Shift;
        var openDays = ScheduleReader.Days(map, "open_days");
        var minimum = map.Number("minimum_weekly_hours", min: 0m);
        var tracks = ReadTracks(map);
        var closures = ReadClosures(map);
        var billing = map.Has("billing") ? ReadBilling(map) : BillingRule.Defaults;

        if (diagnostics.Count != before || zone is null) return null;
        return new ProgramCalendar(zone, closures)
        {
            ProgramName = program,
            ClosurePolicy = policy,
            OpenDays = openDays is null ? ProgramCalendar.DefaultOpenDays : [.. openDays],
            MinimumWeeklyHours = minimum ?? ProgramCalendar.IopMinimumWeeklyHours,
            Tracks = tracks,
            BillingRules = billing,
        };
    }

    private static Dictionary<TrackCode, TrackTimetable> ReadTracks(YamlMap calendar)
    {
        var result = new Dictionary<TrackCode, TrackTimetable>();
        var tracks = calendar.Map("tracks")?.Named("the calendar's tracks");
        if (tracks is null) return result;
        // Track codes are the keys here: their form is checked, and the curriculum check says which exist.
        foreach (var name in tracks.Keys.ToList())
        {
            if (!TrackCode.IsValid(name))
            {
                calendar.Diagnostics.Add(tracks.LocationOf(name), CurriculumRules.TrackCodeFormatMessage(name));
                continue;
            }
            var entry = tracks.Map(name, required: true)?.Expect($"the calendar entry for track {name}", TrackKeys);
            if (entry is null) continue;
            result[new TrackCode(name)] = new TrackTimetable
            {
                Days = ScheduleReader.Days(entry, "days"),
                Start = entry.Value("start", false, Scalars.TimeExpectation, Scalars.Time),
                Room = entry.Text("room"),
            };
        }
        return result;
    }

    /// <summary>Each rule names its source: a minimum nobody can trace is not one a billing team can use.</summary>
    private static List<BillingRule> ReadBilling(YamlMap calendar)
    {
        var rules = new List<BillingRule>();
        foreach (var item in calendar.Items("billing"))
        {
            var map = calendar.MapItem(item, "billing")?.Expect("a billing rule", BillingKeys);
            if (map is null) continue;
            var code = map.Text("code", required: true);
            var name = map.Text("name", required: true);
            var per = map.Enum<BillingPeriod>("per", required: true);
            var minutes = map.WholeNumber("minimum_minutes", required: true, min: 1, max: 7 * 24 * 60);
            var source = map.Text("source", required: true);
            if (code is null || name is null || per is null || minutes is null || source is null) continue;
            if (rules.Any(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                map.Diagnostics.Add(map.ValueLocationOf("code"), $"billing rule {code} is listed twice");
                continue;
            }
            rules.Add(new BillingRule(code, name, per.Value, minutes.Value, source));
        }
        return rules;
    }

    private static List<Closure> ReadClosures(YamlMap calendar)
    {
        var closures = new List<Closure>();
        var seen = new Dictionary<LocalDate, SourceLocation>();
        foreach (var item in calendar.Items("closures"))
        {
            var map = calendar.MapItem(item, "closures")?.Expect("a closure", ClosureKeys);
            if (map is null) continue;
            var date = map.Value("date", true, Scalars.DateExpectation, Scalars.Date);
            var name = map.Text("name") ?? "closure";
            if (date is not { } day) continue;
            if (!seen.TryAdd(day, map.ValueLocationOf("date")))
            {
                map.Diagnostics.Add(map.ValueLocationOf("date"), $"closure date {day:uuuu-MM-dd} is listed twice (first at {seen[day]})");
                continue;
            }
            closures.Add(new Closure(day, name));
        }
        return closures;
    }
}
