using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Measures;

namespace IopCurriculum.Definitions.Measures;

/// <summary>Reads a measure schedule (<c>measures:</c> rules), checking every measure against the instruments there are.</summary>
public static class MeasureScheduleReader
{
    private static readonly string[] Keys = ["measures"];
    private static readonly string[] RuleKeys = ["measure", "from_week", "every_weeks", "until_week"];

    public static LoadResult<MeasureSchedule> Parse(string text, string sourceName, InstrumentSet instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "measure schedule", diagnostics)?.Expect("the measure schedule", Keys);
        var rules = new List<MeasureDue>();
        foreach (var node in map?.Items("measures", required: true) ?? [])
        {
            var rule = map!.MapItem(node, "measures")?.Expect("a scheduled measure", RuleKeys);
            if (rule is null) continue;
            var id = rule.Text("measure", required: true);
            if (id is not null && instruments.Find(id) is null)
            {
                rule.Diagnostics.Add(rule.ValueLocationOf("measure"),
                    $"no instrument is called '{id}'{Suggestions.Hint(id, instruments.Ids)}; the instruments are {string.Join(", ", instruments.Ids)}");
                id = null;
            }
            if (id is not null && rules.Any(r => r.Measure.Value == id))
            {
                rule.Diagnostics.Add(rule.ValueLocationOf("measure"), $"{id} is scheduled twice; give one rule per measure");
                id = null;
            }
            var from = rule.WholeNumber("from_week", min: 1, max: 104) ?? 1;
            var every = rule.WholeNumber("every_weeks", required: true, min: 0, max: 52);
            var until = rule.WholeNumber("until_week", min: 1, max: 104);
            if (until is { } u && u < from)
            {
                rule.Diagnostics.Add(rule.ValueLocationOf("until_week"), $"'until_week' ({u}) is before 'from_week' ({from})");
                until = null;
            }
            if (id is not null && every is not null) rules.Add(new MeasureDue(new MeasureId(id), from, every.Value, until));
        }
        return map is not null && diagnostics.Count == 0
            ? LoadResult.Success(new MeasureSchedule(rules))
            : LoadResult.Failure<MeasureSchedule>(diagnostics.Sorted());
    }

    /// <summary>A schedule written back as the YAML <see cref="Parse"/> reads, for storing and editing.</summary>
    public static string Write(MeasureSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Rules.Count == 0) return "measures: []\n";
        var lines = schedule.Rules.Select(r =>
            $"  - {{ measure: {r.Measure}, from_week: {r.FromWeek}, every_weeks: {r.EveryWeeks}{(r.UntilWeek is { } u ? $", until_week: {u}" : "")} }}");
        return "measures:\n" + string.Join("\n", lines) + "\n";
    }
}
