using Xunit;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Testing;

namespace IopCurriculum.Definitions.Tests.Measures;

/// <summary>The instruments shipped in curricula/measures score as their publishers say.</summary>
public class ShippedInstrumentTests
{
    private static Instrument Phq9 => BuiltInMeasures.Instruments.Find("PHQ9")!;
    private static Instrument Gad7 => BuiltInMeasures.Instruments.Find("GAD7")!;
    private static Instrument Bam => BuiltInMeasures.Instruments.Find("BAM")!;

    private static MeasureAnswers Answers(params (string Item, int Value)[] answers) =>
        new(answers.Select(a => KeyValuePair.Create(a.Item, a.Value)));

    private static MeasureAnswers Items(params int[] values) =>
        Answers([.. values.Select((v, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), v))]);

    [Fact]
    public void EveryFileInTheFolderLoadsFromDiskAsBuiltIn()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "curricula", "measures");
        var files = Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != "schedule.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, files.Count);
        foreach (var file in files)
        {
            var loaded = InstrumentReader.Load(file);
            Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
            Assert.Equal(loaded.Value, BuiltInMeasures.Instruments.Find(loaded.Value.Id.Value)! with { }, InstrumentComparer.Instance);
        }
        Assert.Equal(["PHQ9", "GAD7", "BAM", "CRAVING"], BuiltInMeasures.Instruments.Ids);
    }

    [Fact]
    public void EachInstrumentNamesItsSourceAndTerms()
    {
        foreach (var instrument in BuiltInMeasures.Instruments.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(instrument.Source));
            Assert.False(string.IsNullOrWhiteSpace(instrument.Terms));
        }
        Assert.Contains("No permission required to reproduce", Phq9.Terms, StringComparison.Ordinal);
        Assert.Contains("Kroenke", Phq9.Source, StringComparison.Ordinal);
        Assert.Contains("Veterans Affairs", Bam.Source, StringComparison.Ordinal);
        Assert.NotNull(Bam.Unconfirmed);
    }

    [Fact]
    public void Phq9HasNineScoredItemsTheDifficultyQuestionAndTheConfirmedCodes()
    {
        Assert.Equal(10, Phq9.Items.Count);
        Assert.Equal(9, Phq9.Headline.Items.Count);
        Assert.False(Phq9.Item("10")!.Scored);
        Assert.Equal("44249-1", Phq9.Loinc);
        Assert.Equal("44261-6", Phq9.Headline.Loinc);
        Assert.Equal("70274-6", Gad7.Headline.Loinc);
        Assert.Equal("69737-5", Gad7.Loinc);
        Assert.Null(Bam.Loinc);
        Assert.All(Bam.Scores, s => Assert.Null(s.Loinc));
    }

    // The PHQ-9 is scored by adding the column scores: 0 for "not at all", 1 for "several days",
    // 2 for "more than half the days", 3 for "nearly every day".
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "mild")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 9, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 0, 0 }, 14, "moderate")]
    [InlineData(new[] { 2, 2, 3, 3, 3, 1, 1, 1, 1 }, 17, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 2, 2, 0, 0 }, 19, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 2, 0, 0 }, 20, "severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "severe")]
    public void Phq9TotalsAndBands(int[] values, int total, string band)
    {
        var score = MeasureScoring.Score(Phq9, Items(values));
        Assert.Equal(total, score.Headline.Value);
        Assert.Equal(band, score.Headline.Band!.Id);
        Assert.False(score.Headline.Prorated);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0 }, 5, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 3, 3, 3, 2, 2, 2, 0 }, 15, "severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 21, "severe")]
    public void Gad7TotalsAndBands(int[] values, int total, string band)
    {
        var score = MeasureScoring.Score(Gad7, Items(values));
        Assert.Equal(total, score.Headline.Value);
        Assert.Equal(band, score.Headline.Band!.Id);
    }

    [Fact]
    public void Phq9ItemNineAboveZeroIsCritical()
    {
        Assert.Equal(["9"], MeasureScoring.Score(Phq9, Items(0, 0, 0, 0, 0, 0, 0, 0, 1)).CriticalItems);
        Assert.Empty(MeasureScoring.Score(Phq9, Items(3, 3, 3, 3, 3, 3, 3, 3, 0)).CriticalItems);
    }

    [Fact]
    public void Phq9WithTwoItemsMissingIsProratedAndWithThreeIsNotScored()
    {
        // Seven items answered adding to 14: the mean, 2, stands in for each missing item, 18 in all.
        var two = MeasureScoring.Score(Phq9, Answers(("1", 2), ("2", 2), ("3", 2), ("4", 2), ("5", 2), ("6", 2), ("7", 2)));
        Assert.Equal(18, two.Headline.Value);
        Assert.True(two.Headline.Prorated);
        Assert.Equal(2, two.Headline.Missing);
        Assert.Equal("moderately-severe", two.Headline.Band!.Id);

        var three = MeasureScoring.Score(Phq9, Answers(("1", 2), ("2", 2), ("3", 2), ("4", 2), ("5", 2), ("6", 2)));
        Assert.Null(three.Headline.Value);
        Assert.Null(three.Headline.Band);
        Assert.Equal(3, three.Headline.Missing);
    }

    [Fact]
    public void Gad7AllowsOneItemMissing()
    {
        Assert.Equal(7, MeasureScoring.Score(Gad7, Answers(("1", 1), ("2", 1), ("3", 1), ("4", 1), ("5", 1), ("6", 1))).Headline.Value);
        Assert.Null(MeasureScoring.Score(Gad7, Answers(("1", 1), ("2", 1), ("3", 1), ("4", 1), ("5", 1))).Headline.Value);
    }

    [Fact]
    public void BamSubscalesAddTheirItemsAndLeaveItemSevenOut()
    {
        var answers = Answers(
            ("1", 2), ("2", 1), ("3", 3), ("4", 0), ("5", 0), ("6", 2), ("7c", 2), ("7e", 4), ("8", 3),
            ("9", 2), ("10", 4), ("11", 1), ("12", 1), ("13", 0), ("14", 4), ("15", 2), ("16", 3), ("17", 2));
        var score = MeasureScoring.Score(Bam, answers);
        Assert.Equal(2, score.Score("use")!.Value);                     // 4, 5, 6
        Assert.Equal(2 + 1 + 3 + 3 + 1 + 2, score.Score("risk")!.Value);  // 1, 2, 3, 8, 11, 15
        Assert.Equal(2 + 4 + 1 + 0 + 4 + 3 + 2, score.Score("protective")!.Value); // 9, 10, 12, 13, 14, 16, 17
        Assert.Equal("use", score.Headline.Id);
        Assert.True(Bam.Score("protective")!.HigherIsBetter);
    }

    [Fact]
    public void ABamSubscaleWithAnItemMissingIsNotGiven()
    {
        var score = MeasureScoring.Score(Bam, Answers(("4", 1), ("5", 1)));
        Assert.Null(score.Score("use")!.Value);
        Assert.Equal(1, score.Score("use")!.Missing);
    }

    [Theory]
    [InlineData("11", 1, "has no item 11")]
    [InlineData("9", 4, "4 is not an answer to Patient Health Questionnaire-9 (PHQ-9) item 9; the answers score 0 (Not at all), 1 (Several days)")]
    public void AnswersOutsideTheInstrumentAreRefused(string item, int value, string message) =>
        Assert.Contains(message, MeasureScoring.Problem(Phq9, Answers((item, value))), StringComparison.Ordinal);

    [Fact]
    public void NoAnswerAtAllIsRefused() =>
        Assert.Equal("no item of Patient Health Questionnaire-9 (PHQ-9) is answered", MeasureScoring.Problem(Phq9, Answers()));

    [Fact]
    public void TheDefaultScheduleAsksPhq9AtIntakeAndEveryOtherWeek()
    {
        var phq9 = BuiltInMeasures.DefaultSchedule.For(new MeasureId("PHQ9"))!;
        Assert.Equal(1, phq9.LatestDueWeek(1));
        Assert.Equal(1, phq9.LatestDueWeek(2));
        Assert.Equal(3, phq9.LatestDueWeek(3));
        Assert.Equal(5, phq9.NextDueWeek(3));
        Assert.Equal("in week 1, then every 2 weeks", phq9.Describe());
        Assert.Equal(4, BuiltInMeasures.DefaultSchedule.Rules.Count);
    }

    /// <summary>Instruments compared by what they say, for the file read from disk against the one built in.</summary>
    private sealed class InstrumentComparer : IEqualityComparer<Instrument>
    {
        public static InstrumentComparer Instance { get; } = new();

        public bool Equals(Instrument? x, Instrument? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Version == y.Version && x.Title == y.Title
            && x.Items.Select(i => (i.Number, i.Text, string.Join("|", i.Options.Select(o => $"{o.Text}={o.Value}")))).SequenceEqual(y.Items.Select(i => (i.Number, i.Text, string.Join("|", i.Options.Select(o => $"{o.Text}={o.Value}")))))
            && x.Scores.Select(s => (s.Id, string.Join(",", s.Items), string.Join(",", s.Bands))).SequenceEqual(y.Scores.Select(s => (s.Id, string.Join(",", s.Items), string.Join(",", s.Bands))));

        public int GetHashCode(Instrument obj) => obj.Id.GetHashCode();
    }
}
