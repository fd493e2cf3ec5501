using IopCurriculum.Domain.Curricula;

namespace IopCurriculum.Domain.Tests.Curricula;

public class SessionTests
{
    private static readonly SessionCode Rp1 = new(new TrackCode("RP"), 1);

    [Fact]
    public void FormatMinutesThatAddUpToTheSessionAreAccepted()
    {
        var session = new Session(TestSessions.Content("Boredom"), Rp1, 90,
            [new FormatBlock("Check-in", 15, ""), new FormatBlock("Topic", 45, ""), new FormatBlock("Open", 25, ""), new FormatBlock("Closing", 5, "")]);

        Assert.Equal(90, session.Minutes);
        Assert.Equal(4, session.Format.Count);
        Assert.Equal("RP 1 Boredom", session.ToString());
    }

    [Fact]
    public void FormatMinutesShortOfTheSessionAreRejectedWithTheShortfall()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            new Session(TestSessions.Content("Boredom"), Rp1, 90, [new FormatBlock("Check-in", 15, ""), new FormatBlock("Topic", 60, "")]));

        Assert.Equal("RP 1: format blocks add up to 75 minutes but the session lasts 90 (15 missing)", error.Message);
    }

    [Fact]
    public void FormatMinutesOverTheSessionAreRejectedWithTheExcess()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            new Session(TestSessions.Content("Boredom"), Rp1, 50, [new FormatBlock("Talk", 60, "")]));

        Assert.Contains("60 minutes but the session lasts 50 (10 too many)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFormatIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new Session(TestSessions.Content("Boredom"), Rp1, 50, []));

        Assert.Contains("the format has no blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormatBlockNeedsPositiveMinutes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormatBlock("Talk", 0, ""));
    }
}
