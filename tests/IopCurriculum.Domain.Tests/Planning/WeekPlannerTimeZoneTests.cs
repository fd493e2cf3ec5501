using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>Local times are kept across daylight-saving changes; the instants follow the program's zone.</summary>
public class WeekPlannerTimeZoneTests
{
    [Fact]
    public void AcrossSpringForwardLocalTimeStaysAndUtcMovesAnHourEarlier()
    {
        // Clocks in Los Angeles go forward on Sunday 14 March 2027.
        var plan = WeekPlanner.Plan(MondayFriday(3), TestCalendars.InLosAngeles(), new LocalDate(2027, 3, 1));

        Assert.All(plan.Sessions, s => Assert.Equal(new LocalTime(19, 0), s.StartTime));
        var lastBefore = plan.Sessions.Single(s => s.Date == new LocalDate(2027, 3, 12));
        var firstAfter = plan.Sessions.Single(s => s.Date == new LocalDate(2027, 3, 15));
        Assert.Equal(Instant.FromUtc(2027, 3, 13, 3, 0), lastBefore.StartInstant);
        Assert.Equal(Instant.FromUtc(2027, 3, 16, 2, 0), firstAfter.StartInstant);
        Assert.Equal(Duration.FromHours(71), firstAfter.StartInstant - lastBefore.StartInstant);
        Assert.All(plan.Sessions.Where(s => s.Date < new LocalDate(2027, 3, 14)), s => Assert.Equal(3, s.StartInstant.InUtc().Hour));
        Assert.All(plan.Sessions.Where(s => s.Date > new LocalDate(2027, 3, 14)), s => Assert.Equal(2, s.StartInstant.InUtc().Hour));
        Assert.All(plan.Sessions, s => Assert.Null(s.Note));
    }

    [Fact]
    public void ASessionInTheSpringForwardGapMovesToTheSameTimeAfterTheChangeWithANote()
    {
        var curriculum = Curriculum().Weeks(1).With(Track("NT").On(Sunday).StartsAt(2, 30).Minutes(60)).Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), new LocalDate(2027, 3, 8));

        var session = Assert.Single(plan.Sessions);
        Assert.Equal(new LocalDate(2027, 3, 14), session.Date);
        Assert.Equal(new LocalTime(3, 30), session.StartTime);
        Assert.Equal(Instant.FromUtc(2027, 3, 14, 10, 30), session.StartInstant);
        Assert.Equal(PlannedStatus.Scheduled, session.Status);
        Assert.Equal("02:30 does not exist on 14 Mar (clocks go forward); starts 03:30", session.Note);
    }

    [Fact]
    public void TheSameEarlyTimeOnAnOrdinarySundayKeepsItsTimeAndHasNoNote()
    {
        var curriculum = Curriculum().Weeks(1).With(Track("NT").On(Sunday).StartsAt(2, 30).Minutes(60)).Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), new LocalDate(2027, 3, 1));

        var session = Assert.Single(plan.Sessions);
        Assert.Equal(new LocalDate(2027, 3, 7), session.Date);
        Assert.Equal(new LocalTime(2, 30), session.StartTime);
        Assert.Null(session.Note);
    }

    [Fact]
    public void AnAmbiguousFallBackTimeTakesTheEarlierInstant()
    {
        // 01:30 happens twice in Los Angeles on Sunday 7 November 2027.
        var curriculum = Curriculum().Weeks(1).With(Track("NT").On(Sunday).StartsAt(1, 30).Minutes(60)).Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), new LocalDate(2027, 11, 1));

        var session = Assert.Single(plan.Sessions);
        Assert.Equal(new LocalTime(1, 30), session.StartTime);
        Assert.Equal(Instant.FromUtc(2027, 11, 7, 8, 30), session.StartInstant);
        Assert.Null(session.Note);
    }

    [Fact]
    public void TheSameLocalPlanInAnotherZoneGivesOtherInstants()
    {
        var london = new ProgramCalendar(DateTimeZoneProviders.Tzdb["Europe/London"]);

        var plan = WeekPlanner.Plan(MondayFriday(1), london, Monday4Jan);

        Assert.Equal(Instant.FromUtc(2027, 1, 4, 19, 0), plan.Sessions[0].StartInstant);
        Assert.Equal(new LocalTime(19, 0), plan.Sessions[0].StartTime);
    }
}
