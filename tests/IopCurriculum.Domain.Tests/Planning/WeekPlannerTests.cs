using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

public class WeekPlannerTests
{
    private static readonly LocalDate Monday4Jan = new(2027, 1, 4);
    private static readonly LocalDate Wednesday6Jan = new(2027, 1, 6);
    private static readonly Closure MlkDay = new(new LocalDate(2027, 1, 18), "Martin Luther King Jr. Day");

    private static Curriculum MondayFriday(int weeks) =>
        Curriculum().Weeks(weeks).With(Track("RP").Weeks(1, weeks).On(Monday, Friday)).Build();

    private static Curriculum Testing(int weeks) =>
        Curriculum().Weeks(weeks)
            .With(Track("UA").Weeks(1, weeks).On(Monday, Wednesday, Friday).PerWeek(1).Sequence(SequenceKind.Repeat).Minutes(15))
            .Build();

    private static LocalDate[] Dates(SessionPlan plan, string track = "RP") =>
        [.. plan.Sessions.Where(s => s.Track.Code.Value == track).Select(s => s.Date)];

    // ---- weeks and dates ----

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

    // ---- time zones and daylight saving ----

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

    // ---- closures ----

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

    // ---- drawn days ----

    [Fact]
    public void DrawnDaysAreTheSameForTheSameSeed()
    {
        var curriculum = Testing(16);

        var first = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan, seed: 42);
        var second = WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan, seed: 42);

        Assert.Equal(Dates(first, "UA"), Dates(second, "UA"));
    }

    [Fact]
    public void DrawnDaysDifferAcrossSeedsInAtLeastOneWeek()
    {
        var curriculum = Testing(16);

        var one = Dates(WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan, seed: 1), "UA");
        var two = Dates(WeekPlanner.Plan(curriculum, TestCalendars.InLosAngeles(), Monday4Jan, seed: 2), "UA");

        Assert.Equal(16, one.Length);
        Assert.Equal(16, two.Length);
        Assert.Contains(Enumerable.Range(0, 16), i => one[i] != two[i]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(12345)]
    public void ADrawnDayIsAlwaysOneOfTheListedDaysOncePerWeek(int seed)
    {
        var plan = WeekPlanner.Plan(Testing(16), TestCalendars.InLosAngeles(), Monday4Jan, seed);

        Assert.Equal(Enumerable.Range(1, 16), plan.Sessions.Select(s => s.Week));
        Assert.All(plan.Sessions, s =>
        {
            Assert.Contains(s.Date.DayOfWeek, new[] { Monday, Wednesday, Friday });
            Assert.Equal(plan.Weeks[s.Week - 1].FirstDay.With(DateAdjusters.NextOrSame(s.Date.DayOfWeek)), s.Date);
            Assert.Equal("UA 1", s.Label);
            Assert.Equal(s.Week, s.Occurrence);
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ADrawnDayPrefersAnOpenDayToAClosedOne(int seed)
    {
        // Every Monday and Wednesday of the 16 weeks is closed: only Friday is open.
        var closures = Enumerable.Range(0, 16).SelectMany(w => new[]
        {
            new Closure(Monday4Jan.PlusWeeks(w), "Closed Monday"),
            new Closure(Monday4Jan.PlusWeeks(w).PlusDays(2), "Closed Wednesday"),
        }).ToArray();

        var plan = WeekPlanner.Plan(Testing(16), TestCalendars.InLosAngeles(closures), Monday4Jan, seed);

        Assert.Equal(16, plan.Sessions.Count);
        Assert.All(plan.Sessions, s =>
        {
            Assert.Equal(Friday, s.Date.DayOfWeek);
            Assert.Equal(PlannedStatus.Scheduled, s.Status);
        });
    }

    [Fact]
    public void WithoutClosuresTheDrawUsesMoreThanOneDay()
    {
        var plan = WeekPlanner.Plan(Testing(16), TestCalendars.InLosAngeles(), Monday4Jan, seed: 3);

        Assert.True(plan.Sessions.Select(s => s.Date.DayOfWeek).Distinct().Count() > 1);
    }

    // ---- as-needed tracks ----

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

    // ---- calendar timetable ----

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
