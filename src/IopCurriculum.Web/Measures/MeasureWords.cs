using System.Globalization;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using NodaTime;

namespace IopCurriculum.Web.Measures;

/// <summary>How measures, their scores and their schedule read on the pages, in one place.</summary>
public static class MeasureWords
{
    public static string Day(LocalDate day) => day.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    public static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"PHQ-9" for "Patient Health Questionnaire-9 (PHQ-9)": the short name in the title's brackets, or the id.</summary>
    public static string ShortName(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var title = instrument.Title;
        var open = title.LastIndexOf('(');
        if (open < 0 || !title.EndsWith(')')) return instrument.Id.Value;
        var inBrackets = title[(open + 1)..^1];
        // "Craving (0-10)" names its scale, not the measure: the words before the brackets do.
        return inBrackets.Any(char.IsLetter) ? inBrackets : title[..open].Trim();
    }

    public static string ShortName(string instrumentId) =>
        MeasureService.Instruments.Find(instrumentId) is { } i ? ShortName(i) : instrumentId;

    /// <summary>The headline score alone: "12", or "not scored".</summary>
    public static string Value(ScoreValue score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "not scored";
    }

    public static string Prorated(ScoreValue score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Value is null) return $"{score.Missing} {(score.Missing == 1 ? "item" : "items")} missing: too many to score";
        return score.Prorated ? $"yes, for {score.Missing} missing {(score.Missing == 1 ? "item" : "items")}" : "no";
    }

    /// <summary>"item 9 (Several days)" for each critical answer, or "none".</summary>
    public static string Critical(Instrument? instrument, MeasureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.CriticalItems.Count == 0) return "none";
        return string.Join("; ", entry.CriticalItems.Select(n =>
        {
            var answer = entry.Answers.TryGetValue(n, out var v) ? instrument?.Item(n)?.Option(v)?.Text : null;
            return answer is null ? $"item {n}" : $"item {n} ({answer})";
        }));
    }

    /// <summary>The schedule of one instrument in words, or "not used".</summary>
    public static string Schedule(MeasureDue? rule) => rule is null ? "not used" : rule.Describe();
}
