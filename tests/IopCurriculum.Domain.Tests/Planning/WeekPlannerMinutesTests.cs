using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>Each week's scheduled minutes, and the weeks that fall below the program's minimum.</summary>
public class WeekPlannerMinutesTests
{
    [Fact]
    public void WeeklyMinutesLeaveOutCancelledSessions()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [MlkDay]) { ClosurePolicy = ClosurePolicy.Cancel };

        var plan = WeekPlanner.Plan(MondayFriday(4), calendar, Monday4Jan);

        Assert.Equal([180, 180, 90, 180], plan.Weeks.Select(w => w.ScheduledMinutes));
        Assert.Equal(1.5m, plan.Weeks[2].ScheduledHours);
    }

    [Fact]
    public void WeeklyMinutesAddUpEveryTrackThatWeek()
    {
        var curriculum = Curriculum().Weeks(2)
            .With(Track("ER").Weeks(1, 1).On(Monday, Friday).Minutes(60).StartsAt(18, 0))
            .With(Track("RP").Weeks(1, 2).On(Monday, Friday))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal([300, 180], plan.Weeks.Select(w => w.ScheduledMinutes));
    }

    [Fact]
    public void BelowMinimumFlagsOnlyWeeksUnderTheMinimum()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [MlkDay])
        {
            ClosurePolicy = ClosurePolicy.Cancel,
            MinimumWeeklyHours = 3m,
        };

        var plan = WeekPlanner.Plan(MondayFriday(4), calendar, Monday4Jan);

        // Weeks 1, 2 and 4 hold exactly 3 hours, which meets the minimum.
        Assert.Equal([false, false, true, false], plan.Weeks.Select(w => w.BelowMinimum));
        Assert.Equal([3], plan.WeeksBelowMinimum.Select(w => w.Number));
        Assert.All(plan.Weeks, w => Assert.Equal(3m, w.MinimumHours));
    }

    [Fact]
    public void TheDefaultMinimumIsTheIopNineHours()
    {
        var plan = WeekPlanner.Plan(MondayFriday(2), TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.Equal(9m, plan.Weeks[0].MinimumHours);
        Assert.All(plan.Weeks, w => Assert.True(w.BelowMinimum));
    }
}
