using System.Text.RegularExpressions;
using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Measures;

namespace IopCurriculum.Definitions.Measures;

/// <summary>
/// Reads an instrument file (<c>curricula/measures/*.yaml</c>), reporting every problem at once with
/// its file:line:column. Returns the whole instrument or none of it.
/// </summary>
public static partial class InstrumentReader
{
    private static readonly string[] Keys = ["id", "version", "title", "period", "source", "terms", "unconfirmed", "loinc", "answers", "items", "scores"];
    private static readonly string[] OptionKeys = ["text", "value", "loinc"];
    private static readonly string[] ItemKeys = ["number", "text", "answers", "scored", "critical_above", "loinc"];
    private static readonly string[] ScoreKeys = ["id", "title", "items", "loinc", "missing", "bands", "higher_is_better"];
    private static readonly string[] MissingKeys = ["prorate_up_to"];
    private static readonly string[] BandKeys = ["id", "title", "min", "max"];

    public static LoadResult<Instrument> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.LoadMapping(path, "instrument", diagnostics);
        return Finish(map, diagnostics);
    }

    /// <param name="sourceName">Names the text in diagnostics, where a file path would stand.</param>
    public static LoadResult<Instrument> Parse(string text, string sourceName)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "instrument", diagnostics);
        return Finish(map, diagnostics);
    }

    private static LoadResult<Instrument> Finish(YamlMap? map, DiagnosticBag diagnostics)
    {
        var instrument = map is null ? null : Read(map.Expect("the instrument", Keys));
        return instrument is not null && diagnostics.Count == 0
            ? LoadResult.Success(instrument)
            : LoadResult.Failure<Instrument>(diagnostics.Sorted());
    }

    private static Instrument? Read(YamlMap map)
    {
        var diagnostics = map.Diagnostics;
        var id = map.Text("id", required: true);
        if (id is not null && !MeasureId.IsValid(id)) diagnostics.Add(map.ValueLocationOf("id"), MeasureId.FormatMessage(id));
        var version = map.WholeNumber("version", required: true, min: 1, max: 1_000_000);
        var title = map.Text("title", required: true);
        var period = map.Text("period", required: true);
        var source = map.Text("source", required: true);
        var terms = map.Text("terms", required: true);
        var unconfirmed = map.Text("unconfirmed");
        var loinc = Loinc(map, "loinc");
        var answers = ReadAnswerLists(map);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var items = ReadItems(map, answers, declared);
        var scores = ReadScores(map, items, declared);
        if (diagnostics.Count > 0 || id is null || version is null || title is null || period is null || source is null || terms is null)
            return null;
        return new Instrument(new MeasureId(id), version.Value, title.Trim(), period.Trim(), source.Trim(), terms.Trim(), items, scores, loinc)
        {
            Unconfirmed = unconfirmed?.Trim(),
        };
    }

    private static Dictionary<string, IReadOnlyList<AnswerOption>> ReadAnswerLists(YamlMap instrument)
    {
        var lists = new Dictionary<string, IReadOnlyList<AnswerOption>>(StringComparer.Ordinal);
        var map = instrument.Map("answers", required: true)?.Named("the answer lists");
        if (map is null) return lists;
        foreach (var name in map.Keys)
        {
            var options = new List<AnswerOption>();
            foreach (var item in map.Items(name, required: true))
            {
                var option = map.MapItem(item, name)?.Expect("an answer", OptionKeys);
                if (option is null) continue;
                var text = option.Text("text", required: true);
                var value = option.WholeNumber("value", required: true, min: 0, max: 100);
                if (option.Text("loinc") is { } code) option.Diagnostics.Check(option.ValueLocationOf("loinc"), LoincCode.AnswerProblem(code));
                if (value is { } v && options.Any(o => o.Value == v))
                    option.Diagnostics.Add(option.ValueLocationOf("value"), $"two answers of '{name}' score {v}; each answer scores differently");
                if (text is not null && value is not null) options.Add(new AnswerOption(text.Trim(), value.Value) { Loinc = option.Text("loinc") });
            }
            if (options.Count < 2 && map.Diagnostics.Count == 0)
                map.Diagnostics.Add(map.ValueLocationOf(name), $"answer list '{name}' needs at least two answers");
            lists[name] = options;
        }
        if (lists.Count == 0 && instrument.Has("answers"))
            instrument.Diagnostics.Add(instrument.ValueLocationOf("answers"), "the instrument names no answer list");
        return lists;
    }

    /// <param name="declared">Filled with every item number written, read well or not, so scores do not report an item twice.</param>
    private static List<InstrumentItem> ReadItems(YamlMap instrument, Dictionary<string, IReadOnlyList<AnswerOption>> answers, HashSet<string> declared)
    {
        var items = new List<InstrumentItem>();
        var nodes = instrument.Items("items", required: true);
        if (nodes.Count == 0 && instrument.Has("items"))
            instrument.Diagnostics.Add(instrument.ValueLocationOf("items"), "the instrument has no items");
        foreach (var node in nodes)
        {
            var map = instrument.MapItem(node, "items")?.Expect("an item", ItemKeys);
            if (map is null) continue;
            var number = map.Text("number", required: true);
            if (number is not null && !ItemNumberPattern().IsMatch(number))
            {
                map.Diagnostics.Add(map.ValueLocationOf("number"), $"'{number}' is not an item number: digits, with a letter for a part, such as 9 or 7a");
                number = null;
            }
            if (number is not null && !declared.Add(number))
                map.Diagnostics.Add(map.ValueLocationOf("number"), $"item {number} is given twice");
            var text = map.Text("text", required: true);
            var listName = map.Text("answers", required: true);
            IReadOnlyList<AnswerOption>? options = null;
            if (listName is not null && !answers.TryGetValue(listName, out options))
                map.Diagnostics.Add(map.ValueLocationOf("answers"),
                    $"no answer list is called '{listName}'{Suggestions.Hint(listName, answers.Keys)}; the lists are {string.Join(", ", answers.Keys)}");
            var scored = map.Flag("scored") ?? true;
            var critical = map.WholeNumber("critical_above", min: 0, max: 100);
            if (critical is { } c && options is { Count: > 0 } && c >= options.Max(o => o.Value))
                map.Diagnostics.Add(map.ValueLocationOf("critical_above"), $"no answer scores above {c}, so the item could never be critical");
            var loinc = Loinc(map, "loinc");
            if (number is not null && text is not null && options is not null)
                items.Add(new InstrumentItem(number, text.Trim(), options, scored, critical, loinc));
        }
        return items;
    }

    private static List<ScoreRule> ReadScores(YamlMap instrument, List<InstrumentItem> items, HashSet<string> declared)
    {
        var scores = new List<ScoreRule>();
        var nodes = instrument.Items("scores", required: true);
        if (nodes.Count == 0 && instrument.Has("scores"))
            instrument.Diagnostics.Add(instrument.ValueLocationOf("scores"), "the instrument has no score; give at least one");
        foreach (var node in nodes)
        {
            var map = instrument.MapItem(node, "scores")?.Expect("a score", ScoreKeys);
            if (map is null) continue;
            var id = map.Text("id", required: true);
            if (id is not null && !WordPattern().IsMatch(id))
            {
                map.Diagnostics.Add(map.ValueLocationOf("id"), $"'{id}' is not a score id: lower-case letters, digits and dashes, such as total");
                id = null;
            }
            if (id is not null && scores.Any(s => s.Id == id)) map.Diagnostics.Add(map.ValueLocationOf("id"), $"score '{id}' is given twice");
            var title = map.Text("title", required: true);
            var scored = new List<InstrumentItem>();
            // An item already reported as broken leaves the score's ranges unknown: they are not checked.
            var whole = true;
            foreach (var (number, location) in map.LocatedStrings("items", required: true))
            {
                var item = items.FirstOrDefault(i => i.Number == number);
                if (item is null && declared.Contains(number)) whole = false;
                else if (item is null)
                    map.Diagnostics.Add(location, $"the instrument has no item {number}{Suggestions.Hint(number, items.Select(i => i.Number))}");
                else if (!item.Scored)
                    map.Diagnostics.Add(location, $"item {number} is not scored ('scored: false'); leave it out of the score or score it");
                else if (scored.Contains(item))
                    map.Diagnostics.Add(location, $"item {number} is counted twice in score '{id}'");
                else scored.Add(item);
            }
            if (scored.Count == 0 && map.Has("items") && map.Diagnostics.Count == 0)
                map.Diagnostics.Add(map.ValueLocationOf("items"), $"score '{id}' counts no item");
            var prorate = map.Map("missing")?.Expect("the missing-item rule", MissingKeys)
                .WholeNumber("prorate_up_to", required: true, min: 0, max: whole ? Math.Max(0, scored.Count - 1) : int.MaxValue) ?? 0;
            var bands = ReadBands(map, scored, whole);
            var loinc = Loinc(map, "loinc");
            var higherIsBetter = map.Flag("higher_is_better") ?? false;
            if (id is not null && title is not null && scored.Count > 0)
                scores.Add(new ScoreRule(id, title.Trim(), [.. scored.Select(i => i.Number)], new MissingItems(prorate), bands, loinc, higherIsBetter));
        }
        return scores;
    }

    /// <summary>Bands in rising order that cover every score the items can add up to, once each.</summary>
    private static List<SeverityBand> ReadBands(YamlMap score, List<InstrumentItem> items, bool whole)
    {
        var bands = new List<SeverityBand>();
        var nodes = score.Items("bands");
        foreach (var node in nodes)
        {
            var map = score.MapItem(node, "bands")?.Expect("a band", BandKeys);
            if (map is null) continue;
            var id = map.Text("id", required: true);
            if (id is not null && !WordPattern().IsMatch(id))
            {
                map.Diagnostics.Add(map.ValueLocationOf("id"), $"'{id}' is not a band id: lower-case letters, digits and dashes, such as moderately-severe");
                id = null;
            }
            if (id is not null && bands.Any(b => b.Id == id)) map.Diagnostics.Add(map.ValueLocationOf("id"), $"band '{id}' is given twice");
            var title = map.Text("title", required: true);
            var min = map.WholeNumber("min", required: true, min: 0);
            var max = map.WholeNumber("max", required: true, min: 0);
            if (min is null || max is null || id is null || title is null) continue;
            if (max < min)
            {
                map.Diagnostics.Add(map.ValueLocationOf("max"), $"band '{id}' ends ({max}) before it starts ({min})");
                continue;
            }
            var expected = bands.Count == 0 ? items.Sum(i => i.MinValue) : bands[^1].Max + 1;
            if (min != expected && (whole || bands.Count > 0))
                map.Diagnostics.Add(map.ValueLocationOf("min"), bands.Count == 0
                    ? $"the first band starts at {min}, but the lowest score is {expected}"
                    : $"band '{id}' starts at {min}, but the band before it ends at {bands[^1].Max}; bands follow each other without gaps or overlaps");
            bands.Add(new SeverityBand(id, title.Trim(), min.Value, max.Value));
        }
        var highest = items.Sum(i => i.MaxValue);
        if (whole && bands.Count > 0 && items.Count > 0 && bands[^1].Max != highest)
            score.Diagnostics.Add(score.ValueLocationOf("bands"), $"the last band ends at {bands[^1].Max}, but the highest score is {highest}");
        return bands;
    }

    private static string? Loinc(YamlMap map, string key)
    {
        var code = map.Text(key);
        return code is not null && map.Diagnostics.Check(map.ValueLocationOf(key), LoincCode.TermProblem(code)) ? code : null;
    }

    [GeneratedRegex("^[0-9]{1,3}[a-z]?$")]
    private static partial Regex ItemNumberPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    internal static partial Regex WordPattern();
}
