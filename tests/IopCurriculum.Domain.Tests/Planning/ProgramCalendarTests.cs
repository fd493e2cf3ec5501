using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

public class ProgramCalendarTests
{
    private static readonly Closure MlkDay = new(new LocalDate(2027, 1, 18), "Martin Luther King Jr. Day");

    [Fact]
    public void WeekdaysAreOpenByDefaultAndClosuresAndWeekendsAreNot()
    {
        var calendar = TestCalendars.InLosAngeles(MlkDay);

        Assert.True(calendar.IsOpen(new LocalDate(2027, 1, 19)));
        Assert.False(calendar.IsOpen(new LocalDate(2027, 1, 18)));
        Assert.False(calendar.IsOpen(new LocalDate(2027, 1, 23)));
        Assert.False(calendar.IsOpen(new LocalDate(2027, 1, 24)));
        Assert.Equal(MlkDay, calendar.ClosureOn(new LocalDate(2027, 1, 18)));
        Assert.Null(calendar.ClosureOn(new LocalDate(2027, 1, 19)));
    }

    [Fact]
    public void DefaultsAreShiftAndTheIopMinimum()
    {
        var calendar = TestCalendars.InLosAngeles();

        Assert.Equal(ClosurePolicy.Shift, calendar.ClosurePolicy);
        Assert.Equal(9m, calendar.MinimumWeeklyHours);
        Assert.Equal([Monday, Tuesday, Wednesday, Thursday, Friday], calendar.OpenDays);
    }

    [Fact]
    public void AClosureDateListedTwiceIsRejected()
    {
        var error = Assert.Throws<CurriculumRuleException>(() =>
            TestCalendars.InLosAngeles(MlkDay, new Closure(new LocalDate(2027, 1, 18), "Again")));

        Assert.Equal("duplicate closure date '2027-01-18'", error.Message);
    }

    [Fact]
    public void InZoneKeepsEverythingButTheZone()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [MlkDay])
        {
            ProgramName = "Eastside",
            ClosurePolicy = ClosurePolicy.Cancel,
            OpenDays = [Monday, Friday],
            MinimumWeeklyHours = 6m,
            Tracks = new Dictionary<TrackCode, TrackTimetable> { [new TrackCode("RP")] = new() { Room = "A" } },
        };

        var moved = calendar.InZone(DateTimeZoneProviders.Tzdb["America/New_York"]);

        Assert.Equal("America/New_York", moved.TimeZone.Id);
        Assert.Equal("Eastside", moved.ProgramName);
        Assert.Equal(ClosurePolicy.Cancel, moved.ClosurePolicy);
        Assert.Equal([Monday, Friday], moved.OpenDays);
        Assert.Equal(6m, moved.MinimumWeeklyHours);
        Assert.Equal([MlkDay], moved.Closures);
        Assert.Equal("A", moved.Tracks[new TrackCode("RP")].Room);
    }
}
