using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Tests.Vocabulary;

/// <summary>The track mapping uses only SNOMED codes a source confirmed; anything else is text.</summary>
public sealed class TrackCodingsTests
{
    [Theory]
    [InlineData("IC", "313071005")]
    [InlineData("ER", "385989002")]
    [InlineData("RP", "720177001")]
    [InlineData("FE", "171047005")]
    [InlineData("SS", "76168009")]
    [InlineData("UA", null)]
    public void TheMatrixTracksMapAsTheShippedFileSays(string track, string? code) =>
        Assert.Equal(code, TrackCodings.Default.Snomed("matrix-16-week", track));

    [Fact]
    public void ATrackOrCurriculumTheFileDoesNotNameHasNoCode()
    {
        Assert.Null(TrackCodings.Default.Snomed("matrix-16-week", "XX"));
        Assert.Null(TrackCodings.Default.Snomed("someone-elses", "RP"));
    }

    [Fact]
    public void AnUnconfirmedCodeIsRefusedWithItsLine()
    {
        var refused = Assert.Throws<FormatException>(() => TrackCodings.Parse("matrix-16-week:\n  RP: \"720177001\"\n  FE: \"1234567\"\n", "mine.yaml"));
        Assert.StartsWith("mine.yaml:3: matrix-16-week FE: SNOMED 1234567 is not a confirmed code", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullOrAbsentMeansText()
    {
        var codings = TrackCodings.Parse("c:\n  A: null\n  B: ~\n  C: \"76168009\"\n", "x.yaml");
        Assert.Equal((null, null, "76168009"), (codings.Snomed("c", "A"), codings.Snomed("c", "B"), codings.Snomed("c", "C")));
    }
}
