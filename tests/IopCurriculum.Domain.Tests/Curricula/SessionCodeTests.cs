using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Domain.Tests.Curricula;

public class SessionCodeTests
{
    [Theory]
    [InlineData("RP 3", "RP", 3)]
    [InlineData("rp3", "RP", 3)]
    [InlineData("RP  3", "RP", 3)]
    [InlineData("  ss 12 ", "SS", 12)]
    [InlineData("UA 1", "UA", 1)]
    public void TryParseAcceptsCodesWithForgivingCaseAndSpacing(string text, string track, int number)
    {
        Assert.True(SessionCode.TryParse(text, out var code));
        Assert.Equal(new TrackCode(track), code.Track);
        Assert.Equal(number, code.Number);
    }

    [Theory]
    [InlineData("RP")]
    [InlineData("3")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("RP 0")]
    [InlineData("RP-3")]
    [InlineData("R P 3")]
    [InlineData("RP 99999999999")]
    public void TryParseRejectsMalformedCodes(string? text)
    {
        Assert.False(SessionCode.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void ToStringWritesTrackSpaceNumber()
    {
        Assert.Equal("RP 3", new SessionCode(new TrackCode("RP"), 3).ToString());
    }

    [Fact]
    public void ParsedCodeRoundTripsThroughToString()
    {
        Assert.True(SessionCode.TryParse("fe12", out var code));
        Assert.Equal("FE 12", code.ToString());
    }

    [Theory]
    [InlineData("rp")]
    [InlineData("1RP")]
    [InlineData("TOOLONGCODE")]
    [InlineData("")]
    public void TrackCodeRejectsInvalidForms(string text)
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new TrackCode(text));
        Assert.Contains("is not a valid track code", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Matrix-16")]
    [InlineData("matrix--16")]
    [InlineData("-matrix")]
    [InlineData("matrix 16")]
    public void CurriculumIdRejectsInvalidForms(string text)
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new CurriculumId(text));
        Assert.Contains("is not a valid curriculum id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurriculumIdAcceptsLowerCaseWordsWithDashes()
    {
        Assert.Equal("matrix-16-week", new CurriculumId("matrix-16-week").Value);
    }
}
