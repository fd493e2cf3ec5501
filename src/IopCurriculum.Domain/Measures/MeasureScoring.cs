namespace IopCurriculum.Domain.Measures;

/// <summary>Checks a set of answers against an instrument and works out its scores.</summary>
public static class MeasureScoring
{
    /// <summary>Null when every answer names an item of the instrument and one of its answers; otherwise the first problem.</summary>
    public static string? Problem(Instrument instrument, MeasureAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (number, value) in answers.Values)
        {
            var item = instrument.Item(number);
            if (item is null)
                return $"{instrument.Title} has no item {number}; its items are {string.Join(", ", instrument.Items.Select(i => i.Number))}";
            if (item.Option(value) is null)
                return $"{value} is not an answer to {instrument.Title} item {number}; the answers score {string.Join(", ", item.Options.Select(o => $"{o.Value} ({o.Text})"))}";
        }
        if (answers.Count == 0) return $"no item of {instrument.Title} is answered";
        return null;
    }

    /// <summary>The scores of answers that <see cref="Problem"/> accepts.</summary>
    public static MeasureScore Score(Instrument instrument, MeasureAnswers answers)
    {
        if (Problem(instrument, answers) is { } problem) throw new ArgumentException(problem, nameof(answers));
        var scores = instrument.Scores.Select(rule => ScoreOf(rule, answers)).ToList();
        var critical = instrument.Items
            .Where(item => answers[item.Number] is { } value && item.IsCritical(value))
            .Select(item => item.Number)
            .ToList();
        return new MeasureScore(scores, critical);
    }

    private static ScoreValue ScoreOf(ScoreRule rule, MeasureAnswers answers)
    {
        var given = rule.Items.Select(number => answers[number]).OfType<int>().ToList();
        var missing = rule.Items.Count - given.Count;
        if (given.Count == 0 || missing > rule.Missing.ProrateUpTo)
            return new ScoreValue(rule.Id, rule.Title, null, false, missing, null);
        var sum = given.Sum();
        // The answered items' mean stands in for each missing one; half a point rounds up.
        var value = missing == 0 ? sum : (int)Math.Round(sum * (double)rule.Items.Count / given.Count, MidpointRounding.AwayFromZero);
        return new ScoreValue(rule.Id, rule.Title, value, missing > 0, missing, rule.BandOf(value));
    }
}
