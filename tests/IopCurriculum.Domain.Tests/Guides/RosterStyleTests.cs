using IopCurriculum.Domain.Guides;

namespace IopCurriculum.Domain.Tests.Guides;

public class RosterStyleTests
{
    [Theory]
    [InlineData(RosterStyle.FirstNameLastInitial, "Ana L.")]
    [InlineData(RosterStyle.Initials, "A. L.")]
    [InlineData(RosterStyle.ClientId, "C-1001")]
    public void EachStyleShowsNoMoreThanItSays(RosterStyle style, string expected)
    {
        var name = style.Name("C-1001", "Ana", "lopez-garcía");

        Assert.Equal(expected, name);
        Assert.DoesNotContain("opez", name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(RosterStyle.FirstNameLastInitial, " Ana ", "", "Ana")]
    [InlineData(RosterStyle.FirstNameLastInitial, "Ana", "  ", "Ana")]
    [InlineData(RosterStyle.Initials, "", "Lopez", "L.")]
    public void AMissingNameLeavesOnlyWhatThereIs(RosterStyle style, string given, string family, string expected) =>
        Assert.Equal(expected, style.Name("C-1001", given, family));

    [Fact]
    public void EveryStyleRoundTripsThroughItsStoredWord()
    {
        foreach (var style in Enum.GetValues<RosterStyle>())
            Assert.Equal(style, RosterStyles.Parse(style.Word()));
        Assert.Equal(RosterStyles.Words, Enum.GetValues<RosterStyle>().Select(s => s.Word()));
        Assert.Equal(RosterStyle.Initials, RosterStyles.Parse(" Initials "));
        Assert.Null(RosterStyles.Parse("full-name"));
        Assert.Null(RosterStyles.Parse(null));
    }
}
