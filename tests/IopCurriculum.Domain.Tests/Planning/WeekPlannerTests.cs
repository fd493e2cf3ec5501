using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>Weeks and dates: which days a week covers, which slot runs which session, and in what order.</summary>
public class WeekPlannerTests
{
    [Fact]
    public void WeekNCoversTheSevenDaysFromStartPlusSevenTimesNMinusOne()
    {
        var plan = WeekPlanner.Plan(MondayFriday(4), TestCalendars.InLosAngeles(), Wednesday6Jan);

        Assert.Equal([1, 2, 3, 4], plan.Weeks.Select(w => w.Number));
        foreach (var week in plan.Weeks)
        {
            Assert.Equal(Wednesday6Jan.PlusDays(7 * (week.Number - 1)), week.FirstDay);
            Assert.Equal(week.FirstDay.PlusDays(6), week.LastDay);
        }
        foreach (var session in plan.Sessions)
        {
            var week = plan.Weeks[session.Week - 1];
            Assert.InRange(session.Date, week.FirstDay, week.LastDay);
        }
    }

    [Fact]
    public void AMondayFridayTrackMeetsOnMondaysAndFridaysAtItsStartTime()
    {
        var plan = WeekPlanner.Plan(MondayFriday(2), TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(
            [new LocalDate(2027, 1, 4), new LocalDate(2027, 1, 8), new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 15)],
            Dates(plan));
        Assert.Equal([1, 1, 2, 2], plan.Sessions.Select(s => s.Week));
        Assert.All(plan.Sessions, s =>
        {
            Assert.Equal(new LocalTime(19, 0), s.StartTime);
            Assert.Equal(90, s.Minutes);
            Assert.Equal(new LocalTime(20, 30), s.End.TimeOfDay);
            Assert.Equal(PlannedStatus.Scheduled, s.Status);
            Assert.Null(s.OriginalDate);
            Assert.Null(s.Note);
            Assert.Null(s.Room);
        });
    }

    [Fact]
    public void AFixedSequenceRunsSessionNAtTheNthSlot()
    {
        var plan = WeekPlanner.Plan(MondayFriday(4), TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(8, plan.Sessions.Count);
        for (var i = 0; i < plan.Sessions.Count; i++)
        {
            Assert.Equal(i + 1, plan.Sessions[i].Occurrence);
            Assert.Equal(i + 1, plan.Sessions[i].Session!.Number);
            Assert.Equal($"RP {i + 1}", plan.Sessions[i].Label);
        }
        Assert.True(plan.Sessions.Zip(plan.Sessions.Skip(1)).All(p => p.First.StartInstant < p.Second.StartInstant));
    }

    [Fact]
    public void AMidWeekStartMapsMondaySlotsToTheFollowingMondayInsideTheWeek()
    {
        var plan = WeekPlanner.Plan(MondayFriday(2), TestCalendars.InLosAngeles(), Wednesday6Jan);

        Assert.Equal(
            [new LocalDate(2027, 1, 8), new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 15), new LocalDate(2027, 1, 18)],
            Dates(plan));
        Assert.Equal([1, 1, 2, 2], plan.Sessions.Select(s => s.Week));
        Assert.Equal([1, 2, 3, 4], plan.Sessions.Select(s => s.Session!.Number));
        Assert.Equal(Friday, plan.Sessions[0].Date.DayOfWeek);
    }

    [Fact]
    public void SessionsAreOrderedByTimeThenByTrackOrder()
    {
        var curriculum = Curriculum().Weeks(1)
            .With(Track("B").On(Monday).StartsAt(19, 0))
            .With(Track("A").On(Monday).StartsAt(19, 0))
            .With(Track("C").On(Monday).StartsAt(18, 0).Minutes(60))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(["C 1", "B 1", "A 1"], plan.Sessions.Select(s => s.Label));
    }

    [Fact]
    public void ATopicListTrackIsPlannedAtEverySlotWithoutASession()
    {
        var curriculum = Curriculum().Weeks(4)
            .With(Track("SS").Weeks(3, 4).On(Wednesday).Sequence(SequenceKind.TopicList).SessionCount(10).Minutes(75))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal([new LocalDate(2027, 1, 20), new LocalDate(2027, 1, 27)], Dates(plan, "SS"));
        Assert.All(plan.Sessions, s =>
        {
            Assert.Null(s.Session);
            Assert.Equal("SS (topic)", s.Label);
            Assert.Equal(75, s.Minutes);
        });
        Assert.Equal([1, 2], plan.Sessions.Select(s => s.Occurrence));
    }

    [Fact]
    public void TheSameInputsGiveTheSamePlan()
    {
        var curriculum = Testing(16);

        var first = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);
        var second = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(Dates(first, "UA"), Dates(second, "UA"));
    }

    [Fact]
    public void AsNeededSessionsInAWeekStartingMidWeekGoOnTheEarliestListedDay()
    {
        // Weeks run Wednesday to Tuesday: Thursday comes before Monday.
        var curriculum = Curriculum().Weeks(2)
            .With(Track("IC").Weeks(1, 2).On(Monday, Thursday).Minutes(50).AsNeeded().SessionInWeek(1, 1).SessionCount(1))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Wednesday6Jan);

        Assert.Equal([new LocalDate(2027, 1, 7)], Dates(plan, "IC"));
    }

    [Fact]
    public void AsNeededSessionsWithAWeekArePlannedOnTheTracksEarliestDayThatWeekAndOthersAreNot()
    {
        var curriculum = Curriculum().Weeks(16)
            .With(Track("IC").Weeks(1, 16).On(Thursday, Tuesday).StartsAt(16, 45).Minutes(50).AsNeeded()
                .SessionInWeek(1, 1).SessionInWeek(2, 8).SessionCount(3))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(["IC 1", "IC 2"], plan.Sessions.Select(s => s.Label));
        Assert.Equal([new LocalDate(2027, 1, 5), new LocalDate(2027, 2, 23)], Dates(plan, "IC"));
        Assert.Equal([1, 8], plan.Sessions.Select(s => s.Week));
        Assert.All(plan.Sessions, s =>
        {
            Assert.Equal(new LocalTime(16, 45), s.StartTime);
            Assert.Equal(50, s.Minutes);
        });
        Assert.Equal(50, plan.Weeks[0].ScheduledMinutes);
        Assert.Equal(0, plan.Weeks[1].ScheduledMinutes);
    }
}
