using Xunit;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Testing;

namespace IopCurriculum.Definitions.Tests.Measures;

/// <summary>An instrument file with a mistake is refused whole, every problem at its line and column.</summary>
public class InstrumentReaderTests
{
    private const string Valid = """
        id: MOOD3
        version: 1
        title: Three-item mood check
        period: In the past week
        source: Written for these tests.
        terms: Free to use.
        loinc: 44249-1
        answers:
          often:
            - { text: Never, value: 0 }
            - { text: Sometimes, value: 1 }
            - { text: Often, value: 2 }
        items:
          - { number: 1, text: Low, answers: often }
          - { number: 2, text: Tense, answers: often, critical_above: 1 }
          - { number: 3, text: How hard was it?, answers: often, scored: false }
        scores:
          - id: total
            title: Total
            items: [1, 2]
            missing: { prorate_up_to: 1 }
            bands:
              - { id: low, title: Low, min: 0, max: 1 }
              - { id: high, title: High, min: 2, max: 4 }

        """;

    private static Definitions.Diagnostics.LoadResult<Domain.Measures.Instrument> With(string original, string replacement)
    {
        Assert.Contains(original, Valid, StringComparison.Ordinal);
        return InstrumentReader.Parse(Valid.Replace(original, replacement, StringComparison.Ordinal), DiagnosticAssert.InMemorySource);
    }

    [Fact]
    public void TheSampleLoads()
    {
        var loaded = InstrumentReader.Parse(Valid, DiagnosticAssert.InMemorySource);
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Equal(1, loaded.Value.Item("2")!.CriticalAbove);
        Assert.Equal(1, loaded.Value.Headline.Missing.ProrateUpTo);
    }

    [Fact]
    public void AWrongCheckDigitIsCaught() =>
        DiagnosticAssert.Single(With("loinc: 44249-1", "loinc: 44249-2"), (7, 8),
            "'44249-2' is not a LOINC code: its check digit should be 1; check the code against its source");

    [Fact]
    public void AnUnknownAnswerListIsNamedWithTheLists() =>
        DiagnosticAssert.Single(With("text: Low, answers: often", "text: Low, answers: oftn"), (14, 38),
            "no answer list is called 'oftn' (did you mean 'often'?); the lists are often");

    [Fact]
    public void BandsMustFollowEachOtherWithoutGaps() =>
        DiagnosticAssert.Single(With("{ id: high, title: High, min: 2, max: 4 }", "{ id: high, title: High, min: 3, max: 4 }"), (24, 39),
            "band 'high' starts at 3, but the band before it ends at 1; bands follow each other without gaps or overlaps");

    [Fact]
    public void BandsMustReachTheHighestScore() =>
        DiagnosticAssert.Single(With("min: 2, max: 4 }", "min: 2, max: 3 }"), (23, 7),
            "the last band ends at 3, but the highest score is 4");

    [Fact]
    public void AnUnscoredItemCannotCountInAScore() =>
        DiagnosticAssert.Single(With("items: [1, 2]", "items: [1, 2, 3]"), (20, 19),
            "item 3 is not scored ('scored: false'); leave it out of the score or score it");

    [Fact]
    public void ACriticalPointNoAnswerReachesIsRefused() =>
        DiagnosticAssert.Single(With("critical_above: 1", "critical_above: 2"), (15, 63),
            "no answer scores above 2, so the item could never be critical");

    [Fact]
    public void ProratingEveryItemAwayIsRefused() =>
        DiagnosticAssert.Single(With("prorate_up_to: 1", "prorate_up_to: 2"), (21, 31),
            "'prorate_up_to' must be between 0 and 1, not 2");

    [Fact]
    public void TwoAnswersScoringTheSameAreRefused() =>
        DiagnosticAssert.Single(With("{ text: Sometimes, value: 1 }", "{ text: Sometimes, value: 0 }"), (11, 33),
            "two answers of 'often' score 0; each answer scores differently");

    [Fact]
    public void AnIdThatIsNotOneIsRefused() =>
        DiagnosticAssert.Single(With("id: MOOD3", "id: mood-3"), (1, 5),
            "'mood-3' is not a measure id: upper-case letters and digits, starting with a letter, such as PHQ9");

    [Fact]
    public void EveryProblemIsListedAtOnce()
    {
        var loaded = InstrumentReader.Parse(Valid.Replace("loinc: 44249-1", "loinc: 1-1", StringComparison.Ordinal)
            .Replace("    title: Total\n", "", StringComparison.Ordinal), DiagnosticAssert.InMemorySource);
        Assert.False(loaded.Succeeded);
        Assert.Equal(2, loaded.Diagnostics.Count);
        Assert.Contains(loaded.Diagnostics, d => d.Message.Contains("missing required field 'title' in a score", StringComparison.Ordinal));
    }
}
