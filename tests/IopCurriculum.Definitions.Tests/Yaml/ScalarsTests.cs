using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Curricula;
using NodaTime;
using Xunit;

namespace IopCurriculum.Definitions.Tests.Yaml;

public class ScalarsTests
{
    [Theory]
    [InlineData("5", 5, 5)]
    [InlineData("1-16", 1, 16)]
    [InlineData(" 13 - 16 ", 13, 16)]
    public void WeeksReadsOneWeekOrARange(string text, int first, int last) =>
        Assert.Equal(new WeekRange(first, last), Scalars.Weeks(text));

    [Theory]
    [InlineData("0")]
    [InlineData("8-1")]
    [InlineData("1-2-3")]
    [InlineData("one")]
    [InlineData("-3")]
    [InlineData("")]
    public void WeeksRefusesMalformedRanges(string text) =>
        Assert.Null(Scalars.Weeks(text));

    [Theory]
    [InlineData("19:00", 19, 0)]
    [InlineData("7:05", 7, 5)]
    public void TimeReadsTwentyFourHourTimes(string text, int hour, int minute) =>
        Assert.Equal(new LocalTime(hour, minute), Scalars.Time(text));

    [Theory]
    [InlineData("7pm")]
    [InlineData("25:00")]
    [InlineData("19.00")]
    public void TimeRefusesOtherForms(string text) =>
        Assert.Null(Scalars.Time(text));

    [Theory]
    [InlineData("Mon", IsoDayOfWeek.Monday)]
    [InlineData("monday", IsoDayOfWeek.Monday)]
    [InlineData("SUN", IsoDayOfWeek.Sunday)]
    public void DayReadsShortAndFullNamesInAnyCase(string text, IsoDayOfWeek day) =>
        Assert.Equal(day, Scalars.Day(text));

    [Fact]
    public void DayRefusesMisspellings() =>
        Assert.Null(Scalars.Day("Mnday"));

    [Fact]
    public void DateReadsIsoDates()
    {
        Assert.Equal(new LocalDate(2027, 1, 18), Scalars.Date("2027-01-18"));
        Assert.Null(Scalars.Date("18/01/2027"));
        Assert.Null(Scalars.Date("2027-02-30"));
    }
}
