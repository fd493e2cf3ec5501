using IopCurriculum.Charts;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Web.Measures;

/// <summary>The charts' plain data, from a client's measures and tests: what the chart project draws.</summary>
public static class MeasureCharts
{
    /// <summary>The headline score of every measure of <paramref name="instrument"/> that counts (not struck, scored), with its bands.</summary>
    public static ScoreChartData Scores(Instrument instrument, IEnumerable<MeasureEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(entries);
        var rule = instrument.Headline;
        var items = rule.Items.Select(instrument.Item).OfType<InstrumentItem>().ToList();
        var min = items.Sum(i => i.MinValue);
        var max = Math.Max(min + 1, items.Sum(i => i.MaxValue));
        var points = entries
            .Where(e => e.Instrument == instrument.Id.Value && !e.Struck && e.Headline?.Value is not null)
            .Select(e => new ChartPoint(e.AnsweredOn.ToDateOnly(), e.Headline!.Value!.Value, $"{MeasureWords.Day(e.AnsweredOn)}: {e.HeadlineText}"))
            .ToList();
        var name = MeasureWords.ShortName(instrument);
        return new ScoreChartData($"{name} {rule.Title.ToLowerInvariant()} over time", rule.Title, min, max,
            [.. rule.Bands.Select(b => new ChartBand(b.Title, b.Min, b.Max))], points, rule.HigherIsBetter);
    }

    /// <summary>The client's tests of one kind by the client's own week: negative, positive, missed and invalid stacked.</summary>
    public static (WeekChartData Chart, IReadOnlyList<(int Week, int Negative, int Positive, int Missed, int Invalid)> Rows) Tests(
        string kind, IEnumerable<TestResultRecord> results, Func<LocalDate, int> clientWeekOf, int weeksSoFar)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(clientWeekOf);
        var ofKind = results.Where(r => r.Kind == kind).ToLookup(r => clientWeekOf(LocalDate.FromDateOnly(r.CollectedOn)));
        var weeks = Enumerable.Range(1, Math.Max(1, weeksSoFar)).ToList();
        var rows = weeks.Select(w => (w,
            ofKind[w].Count(r => r.Outcome == "negative"), ofKind[w].Count(r => r.Outcome == "positive"),
            ofKind[w].Count(r => r.Outcome == "missed"), ofKind[w].Count(r => r.Outcome == "invalid"))).ToList();
        var chart = new WeekChartData($"{Capital(kind)} tests by week", "Tests", "Client week", weeks,
        [
            new WeekSeries("Negative", [.. rows.Select(r => (double)r.Item2)], "#1b7837"),
            new WeekSeries("Positive", [.. rows.Select(r => (double)r.Item3)], "#b2182b"),
            new WeekSeries("Missed", [.. rows.Select(r => (double)r.Item4)], "#5e5e5e"),
            new WeekSeries("Invalid", [.. rows.Select(r => (double)r.Item5)], "#e08214"),
        ], WeekChartKind.StackedBars);
        return (chart, rows);
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
