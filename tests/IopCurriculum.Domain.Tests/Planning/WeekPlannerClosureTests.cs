using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>Closures: a session shifts to the next open day of its week or is cancelled, and a shift onto another track's time is marked.</summary>
public class WeekPlannerClosureTests
{
    [Fact]
    public void WithShiftAMondayClosureMovesTheSessionToTuesday()
    {
        var plan = WeekPlanner.Plan(MondayFriday(4), TestCalendars.InLosAngeles(MlkDay), Monday4Jan);

        var moved = Assert.Single(plan.Sessions, s => s.Status == PlannedStatus.Shifted);
        Assert.Equal(new LocalDate(2027, 1, 19), moved.Date);
        Assert.Equal(new LocalDate(2027, 1, 18), moved.OriginalDate);
        Assert.Equal(new LocalTime(19, 0), moved.StartTime);
        Assert.Equal(3, moved.Week);
        Assert.Equal(5, moved.Session!.Number);
        Assert.Equal("moved from Mon 18 Jan (closed for Martin Luther King Jr. Day)", moved.Note);
        Assert.DoesNotContain(plan.Sessions, s => s.Date == new LocalDate(2027, 1, 18));
        Assert.Equal(180, plan.Weeks[2].ScheduledMinutes);
    }

    [Fact]
    public void WithShiftAFridayClosureWithNoOpenDayLeftInTheWeekCancelsTheSession()
    {
        var closure = new Closure(new LocalDate(2027, 1, 22), "Staff training");

        var plan = WeekPlanner.Plan(MondayFriday(4), TestCalendars.InLosAngeles(closure), Monday4Jan);

        var cancelled = Assert.Single(plan.Sessions, s => s.Status == PlannedStatus.Cancelled);
        Assert.Equal(new LocalDate(2027, 1, 22), cancelled.Date);
        Assert.Equal(new LocalDate(2027, 1, 22), cancelled.OriginalDate);
        Assert.Equal(6, cancelled.Session!.Number);
        Assert.Equal("closed for Staff training; no open day left in week 3", cancelled.Note);
        Assert.DoesNotContain(plan.Sessions, s => s.Status == PlannedStatus.Shifted);
    }

    [Fact]
    public void WithShiftAFridayClosureMovesToMondayWhenTheProgramWeekStartsMidWeek()
    {
        // Weeks run Wednesday to Tuesday, so the Monday after a closed Friday is still in the same week.
        var closure = new Closure(new LocalDate(2027, 1, 8), "Staff training");
        var curriculum = Curriculum().Weeks(2).With(Track("RP").Weeks(1, 2).On(Wednesday, Friday)).Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(closure), Wednesday6Jan);

        Assert.Equal(
            [new LocalDate(2027, 1, 6), new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 13), new LocalDate(2027, 1, 15)],
            Dates(plan));
        var moved = plan.Sessions[1];
        Assert.Equal(PlannedStatus.Shifted, moved.Status);
        Assert.Equal(1, moved.Week);
        Assert.Equal(2, moved.Session!.Number);
        Assert.Equal(new LocalDate(2027, 1, 8), moved.OriginalDate);
    }

    [Fact]
    public void WithShiftAClosureSkipsDaysTheProgramIsNotOpen()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [MlkDay])
        {
            OpenDays = [Monday, Wednesday, Friday],
        };

        var plan = WeekPlanner.Plan(MondayFriday(4), calendar, Monday4Jan);

        var moved = Assert.Single(plan.Sessions, s => s.Status == PlannedStatus.Shifted);
        Assert.Equal(new LocalDate(2027, 1, 20), moved.Date);
    }

    [Fact]
    public void WithShiftASessionIsNotMovedOntoADayItsTrackAlreadyMeets()
    {
        // A Monday/Tuesday group: the closed Monday's session goes to Wednesday, not onto Tuesday's.
        var curriculum = Curriculum().Weeks(4).With(Track("RP").Weeks(1, 4).On(Monday, Tuesday)).Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(MlkDay), Monday4Jan);

        var week3 = plan.InWeek(3).ToList();
        Assert.Equal([new LocalDate(2027, 1, 19), new LocalDate(2027, 1, 20)], week3.Select(s => s.Date));
        Assert.Equal([6, 5], week3.Select(s => s.Session!.Number));
        Assert.Equal(PlannedStatus.Shifted, week3[1].Status);
        Assert.Equal(plan.Sessions.Count, plan.Sessions.Select(s => (s.Track.Code, s.Date)).Distinct().Count());
    }

    [Fact]
    public void ASessionShiftedOntoAnotherTracksTimeIsMarkedAsOverlapping()
    {
        // CBT Mon/Wed and DBT Tue/Thu at the same hour: the closed Monday's CBT moves onto Tuesday's DBT.
        var curriculum = Curriculum().Weeks(4)
            .With(Track("CBT").Weeks(1, 4).On(Monday, Wednesday).StartsAt(9, 0))
            .With(Track("DBT").Weeks(1, 4).On(Tuesday, Thursday).StartsAt(9, 30))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(MlkDay), Monday4Jan);

        var overlapping = plan.Sessions.Where(s => s.Overlaps.Count > 0).ToList();
        Assert.Equal(2, overlapping.Count);
        var moved = Assert.Single(overlapping, s => s.Status == PlannedStatus.Shifted);
        Assert.Equal(["DBT 5"], moved.Overlaps);
        Assert.Equal(["CBT 5"], Assert.Single(overlapping, s => s.Track.Code.Value == "DBT").Overlaps);
    }

    [Fact]
    public void BackToBackSessionsDoNotOverlap()
    {
        var curriculum = Curriculum().Weeks(1)
            .With(Track("ER").Weeks(1, 1).On(Monday).StartsAt(18, 0).Minutes(60))
            .With(Track("RP").Weeks(1, 1).On(Monday).StartsAt(19, 0))
            .Build();

        var plan = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan);

        Assert.All(plan.Sessions, s => Assert.Empty(s.Overlaps));
    }

    [Fact]
    public void WithCancelAClosedSessionIsCancelledAndTheNextSlotRunsTheNextSession()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [MlkDay]) { ClosurePolicy = ClosurePolicy.Cancel };

        var plan = WeekPlanner.Plan(MondayFriday(4), calendar, Monday4Jan);

        var cancelled = Assert.Single(plan.Sessions, s => s.Status == PlannedStatus.Cancelled);
        Assert.Equal(new LocalDate(2027, 1, 18), cancelled.Date);
        Assert.Equal(new LocalDate(2027, 1, 18), cancelled.OriginalDate);
        Assert.Equal("closed for Martin Luther King Jr. Day", cancelled.Note);
        Assert.Equal(5, cancelled.Session!.Number);

        var next = plan.Sessions.Single(s => s.Date == new LocalDate(2027, 1, 22));
        Assert.Equal(PlannedStatus.Scheduled, next.Status);
        Assert.Equal(6, next.Session!.Number);
        Assert.DoesNotContain(plan.Sessions, s => s.Status == PlannedStatus.Shifted);
    }
}
