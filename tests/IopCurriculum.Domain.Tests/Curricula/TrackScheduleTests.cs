using IopCurriculum.Domain.Curricula;
using NodaTime;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Curricula;

public class TrackScheduleTests
{
    private static TrackSchedule Schedule(int perWeek, params IsoDayOfWeek[] days) =>
        new(new WeekRange(1, 16), days, perWeek, Cadence.Weekly, new LocalTime(19, 0));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void PerWeekOutsideOneToTheNumberOfDaysIsRejected(int perWeek)
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Schedule(perWeek, Monday, Friday));

        Assert.Equal($"per_week is {perWeek} but must be between 1 and the number of days listed (2)", error.Message);
    }

    [Fact]
    public void PerWeekFewerThanTheDaysDrawsDays()
    {
        var schedule = Schedule(1, Friday, Monday, Wednesday);

        Assert.True(schedule.DrawsDays);
        Assert.Equal(16, schedule.SlotCount);
        Assert.Equal([Monday, Wednesday, Friday], schedule.Days);
    }

    [Fact]
    public void PerWeekEqualToTheDaysDoesNotDraw()
    {
        var schedule = Schedule(2, Monday, Friday);

        Assert.False(schedule.DrawsDays);
        Assert.Equal(32, schedule.SlotCount);
    }

    [Fact]
    public void ADayListedTwiceIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Schedule(1, Monday, Monday));

        Assert.Equal("a day is listed twice", error.Message);
    }

    [Fact]
    public void NoDaysIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() => Schedule(1));

        Assert.Equal("a schedule needs at least one day", error.Message);
    }

    [Fact]
    public void AsNeededScheduleHasNoSlots()
    {
        var schedule = new TrackSchedule(new WeekRange(1, 16), [Monday], 1, Cadence.AsNeeded, new LocalTime(16, 45));

        Assert.Equal(0, schedule.SlotCount);
    }

    [Theory]
    [InlineData(0, 4, "weeks start at 1, not 0")]
    [InlineData(5, 4, "week range 5-4 ends before it starts")]
    public void WeekRangeMustStartAtOneOrLaterAndNotEndBeforeItStarts(int first, int last, string message)
    {
        var error = Assert.Throws<CurriculumRuleException>(() => new WeekRange(first, last));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void WeekRangeCountsAndContainsItsWeeksInclusively()
    {
        var weeks = new WeekRange(13, 16);

        Assert.Equal(4, weeks.Count);
        Assert.True(weeks.Contains(13));
        Assert.True(weeks.Contains(16));
        Assert.False(weeks.Contains(12));
        Assert.False(weeks.Contains(17));
        Assert.Equal("13-16", weeks.ToString());
        Assert.Equal("5", new WeekRange(5, 5).ToString());
    }
}
