using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>A program calendar's timetable overrides the curriculum's days, start and room, and must fit the curriculum.</summary>
public class WeekPlannerTimetableTests
{
    [Fact]
    public void TheCalendarTimetableOverridesDaysStartAndRoom()
    {
        var curriculum = Curriculum().Weeks(2)
            .With(Track("ER").Weeks(1, 2).On(Monday, Friday).StartsAt(18, 0).Minutes(60))
            .With(Track("RP").Weeks(1, 2).On(Monday, Friday))
            .Build();
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable>
            {
                [new TrackCode("RP")] = new() { Days = [Thursday, Tuesday], Start = new LocalTime(18, 30), Room = "Group room A" },
            },
        };

        var plan = WeekPlanner.Plan(curriculum, calendar, Monday4Jan);

        var rp = plan.Sessions.Where(s => s.Track.Code.Value == "RP").ToList();
        Assert.Equal(
            [new LocalDate(2027, 1, 5), new LocalDate(2027, 1, 7), new LocalDate(2027, 1, 12), new LocalDate(2027, 1, 14)],
            rp.Select(s => s.Date));
        Assert.All(rp, s =>
        {
            Assert.Equal(new LocalTime(18, 30), s.StartTime);
            Assert.Equal("Group room A", s.Room);
        });
        Assert.Equal([1, 2, 3, 4], rp.Select(s => s.Session!.Number));

        var er = plan.Sessions.Where(s => s.Track.Code.Value == "ER").ToList();
        Assert.Equal([Monday, Friday, Monday, Friday], er.Select(s => s.Date.DayOfWeek));
        Assert.All(er, s =>
        {
            Assert.Equal(new LocalTime(18, 0), s.StartTime);
            Assert.Null(s.Room);
        });
    }

    [Fact]
    public void ATimetableThatOnlySetsARoomKeepsTheCurriculumDaysAndTime()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable> { [new TrackCode("RP")] = new() { Room = "Lab" } },
        };

        var plan = WeekPlanner.Plan(MondayFriday(1), calendar, Monday4Jan);

        Assert.Equal([Monday, Friday], plan.Sessions.Select(s => s.Date.DayOfWeek));
        Assert.All(plan.Sessions, s =>
        {
            Assert.Equal(new LocalTime(19, 0), s.StartTime);
            Assert.Equal("Lab", s.Room);
        });
    }

    [Fact]
    public void ACalendarThatDoesNotFitTheCurriculumIsRefusedWithEveryProblem()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable>
            {
                [new TrackCode("XX")] = new() { Room = "Nowhere" },
                [new TrackCode("RP")] = new() { Days = [Tuesday] },
            },
        };

        var error = Assert.Throws<PlanningException>(() => WeekPlanner.Plan(MondayFriday(2), calendar, Monday4Jan));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains(
            "the calendar sets a timetable for track XX, which curriculum test-curriculum does not have (its tracks: RP)",
            StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains(
            "track RP meets 2 time(s) a week but the calendar gives it only 1 day(s)", StringComparison.Ordinal));
        Assert.StartsWith("the curriculum cannot be planned on this calendar: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("track XX", error.Message, StringComparison.Ordinal);
        Assert.Contains("track RP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimetableListingADayTwiceIsRefused()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable> { [new TrackCode("RP")] = new() { Days = [Monday, Monday] } },
        };

        var error = Assert.Throws<PlanningException>(() => WeekPlanner.Plan(MondayFriday(2), calendar, Monday4Jan));

        Assert.Equal(["track RP: a day is listed twice"], error.Problems);
    }

    [Fact]
    public void CalendarFitFindsNothingWrongWithAFittingCalendar()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles)
        {
            Tracks = new Dictionary<TrackCode, TrackTimetable> { [new TrackCode("RP")] = new() { Days = [Tuesday, Thursday] } },
        };

        Assert.Empty(CalendarFit.Problems(MondayFriday(2), calendar));
    }
}
