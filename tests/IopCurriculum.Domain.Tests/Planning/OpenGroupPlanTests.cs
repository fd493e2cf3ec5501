using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.CurriculumBuilder;
using static IopCurriculum.Domain.Tests.TrackBuilder;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

public class OpenGroupPlanTests
{
    private static readonly LocalDate Monday4Jan = new(2027, 1, 4);

    private static readonly PlanOptions OpenFor20Weeks = new() { Weeks = 20, Groups = GroupMode.Open };

    /// <summary>The Matrix shape in small: a 4-week, a 12-week and a 16-week group, aftercare, testing and individual sessions.</summary>
    private static Curriculum MatrixLike() =>
        Curriculum().Weeks(16)
            .With(Track("IC").Weeks(1, 16).On(Monday).StartsAt(16, 45).Minutes(50).AsNeeded()
                .SessionInWeek(1, 1).SessionInWeek(2, 8).SessionInWeek(3, 16))
            .With(Track("ER").Weeks(1, 4).On(Monday, Friday).StartsAt(18, 0).Minutes(60))
            .With(Track("RP").Weeks(1, 16).On(Monday, Friday))
            .With(Track("FE").Weeks(1, 12).On(Wednesday))
            .With(Track("SS").Weeks(13, 16).On(Thursday).Sequence(SequenceKind.TopicList).SessionCount(6).ContinuesAfterProgram())
            .With(Track("UA").Weeks(1, 16).On(Monday, Wednesday, Friday).PerWeek(1).StartsAt(17, 40).Minutes(15).Sequence(SequenceKind.Repeat))
            .Build();

    private static SessionPlan Open(ProgramCalendar? calendar = null, PlanOptions? options = null) =>
        WeekPlanner.Plan(MatrixLike(), calendar ?? TestCalendars.InLosAngeles(), Monday4Jan, options ?? OpenFor20Weeks);

    private static List<PlannedSession> Of(SessionPlan plan, string track, int? week = null) =>
        [.. plan.Sessions.Where(s => s.Track.Code.Value == track && (week is null || s.Week == week))];

    private static string[] Labels(SessionPlan plan, string track, int week) => [.. Of(plan, track, week).Select(s => s.Label)];

    /// <summary>What a reader sees of a session, for comparing two plans.</summary>
    private static string[] Shown(SessionPlan plan) =>
        [.. plan.Sessions.Select(s => $"{s.Week}|{s.BlockWeek}|{s.Cycle}|{s.Occurrence}|{s.Label}|{s.Start}|{s.Minutes}|{s.Status}|{s.OriginalDate}|{s.Note}|{s.Room}|{string.Join(",", s.Overlaps)}")];

    // ---- open groups cycle ----

    [Fact]
    public void AFourWeekGroupStartsAgainAtSessionOneEveryFourWeeks()
    {
        var plan = Open();

        foreach (var (week, cycle) in new[] { (1, 1), (5, 2), (9, 3), (13, 4), (17, 5) })
        {
            var er = Of(plan, "ER", week);
            Assert.Equal(["ER 1", "ER 2"], er.Select(s => s.Label));
            Assert.Equal([1, 2], er.Select(s => s.Occurrence));
            Assert.All(er, s =>
            {
                Assert.Equal(1, s.BlockWeek);
                Assert.Equal(cycle, s.Cycle);
            });
        }
        Assert.Equal(["ER 7", "ER 8"], Labels(plan, "ER", 20));
        Assert.All(Of(plan, "ER", 20), s => Assert.Equal(4, s.BlockWeek));
    }

    [Fact]
    public void AFourWeekGroupMeetsEveryWeekOfTheLongerPlanOnItsDays()
    {
        var plan = Open();

        var er = Of(plan, "ER");
        Assert.Equal(Enumerable.Range(1, 20).SelectMany(w => new[] { w, w }), er.Select(s => s.Week));
        Assert.All(er, s => Assert.Contains(s.Date.DayOfWeek, new[] { Monday, Friday }));
        Assert.Equal(Enumerable.Range(1, 5).SelectMany(_ => Enumerable.Range(1, 8)), er.Select(s => s.Session!.Number));
        Assert.Equal(new LocalDate(2027, 2, 1), Of(plan, "ER", 5)[0].Date);
        Assert.Equal(new LocalDate(2027, 3, 1), Of(plan, "ER", 9)[0].Date);
    }

    [Fact]
    public void ATwelveWeekGroupStartsAgainInWeekThirteen()
    {
        var plan = Open();

        Assert.Equal(["FE 12"], Labels(plan, "FE", 12));
        var week13 = Assert.Single(Of(plan, "FE", 13));
        Assert.Equal("FE 1", week13.Label);
        Assert.Equal((1, 2, 1), (week13.BlockWeek, week13.Cycle, week13.Occurrence));
        Assert.Equal(new LocalDate(2027, 3, 31), week13.Date);
        Assert.Equal(["FE 8"], Labels(plan, "FE", 20));
    }

    [Fact]
    public void ASixteenWeekGroupStartsAgainInWeekSeventeen()
    {
        var plan = Open();

        Assert.Equal(["RP 31", "RP 32"], Labels(plan, "RP", 16));
        Assert.Equal(["RP 1", "RP 2"], Labels(plan, "RP", 17));
        Assert.All(Of(plan, "RP", 17), s => Assert.Equal(2, s.Cycle));
    }

    [Fact]
    public void AnAftercareTopicGroupKeepsMeetingEveryWeekFromItsFirstWeek()
    {
        var plan = Open();

        var ss = Of(plan, "SS");
        Assert.Equal(Enumerable.Range(13, 8), ss.Select(s => s.Week));
        Assert.All(ss, s =>
        {
            Assert.Null(s.Session);
            Assert.Equal("SS (topic)", s.Label);
            Assert.Equal(Thursday, s.Date.DayOfWeek);
        });
    }

    [Fact]
    public void ARepeatingTrackMeetsOnceEveryWeek()
    {
        var plan = Open();

        var ua = Of(plan, "UA");
        Assert.Equal(Enumerable.Range(1, 20), ua.Select(s => s.Week));
        Assert.All(ua, s => Assert.Equal("UA 1", s.Label));
    }

    [Fact]
    public void AsNeededSessionsAreLeftOutOfAnOpenPlan()
    {
        Assert.Empty(Of(Open(), "IC"));
        Assert.Equal(3, Of(WeekPlanner.Plan(MatrixLike(), TestCalendars.InLosAngeles(), Monday4Jan), "IC").Count);
    }

    [Fact]
    public void AnOpenPlanSaysItsGroupsAreOpen()
    {
        Assert.Equal(GroupMode.Open, Open().Groups);
        Assert.Equal(GroupMode.Closed, WeekPlanner.Plan(MatrixLike(), TestCalendars.InLosAngeles(), Monday4Jan).Groups);
    }

    [Fact]
    public void AnOpenPlanHoldsEveryGroupSessionOfTheClosedPlan()
    {
        var closed = WeekPlanner.Plan(MatrixLike(), TestCalendars.InLosAngeles(), Monday4Jan, seed: 9);
        var open = Open(options: OpenFor20Weeks with { Seed = 9 });

        var openSlots = open.Sessions.Select(s => (s.Label, s.Start)).ToHashSet();
        Assert.All(closed.Sessions.Where(s => s.Track.Code.Value != "IC"), s => Assert.Contains((s.Label, s.Start), openSlots));
    }

    [Fact]
    public void OpenGroupsOverTheCurriculumsOwnLengthByDefault()
    {
        var plan = Open(options: new PlanOptions { Groups = GroupMode.Open });

        Assert.Equal(16, plan.Weeks.Count);
        Assert.Equal(["ER 1", "ER 2"], Labels(plan, "ER", 13));
        Assert.Equal(["FE 4"], Labels(plan, "FE", 16));
    }

    // ---- weeks ----

    [Fact]
    public void TheWeekSummariesCoverEveryPlannedWeek()
    {
        var plan = Open();

        Assert.Equal(Enumerable.Range(1, 20), plan.Weeks.Select(w => w.Number));
        Assert.Equal(new LocalDate(2027, 5, 17), plan.Weeks[19].FirstDay);
        Assert.Equal(new LocalDate(2027, 5, 23), plan.Weeks[19].LastDay);
        Assert.All(plan.Weeks, w => Assert.Equal(plan.InWeek(w.Number).Sum(s => s.Minutes), w.ScheduledMinutes));
        Assert.All(plan.Sessions, s => Assert.InRange(s.Date, plan.Weeks[s.Week - 1].FirstDay, plan.Weeks[s.Week - 1].LastDay));
        // Weeks 17 to 20 run ER 2 x 60, RP 2 x 90, FE 90, SS 90 and UA 15.
        Assert.Equal(495, plan.Weeks[19].ScheduledMinutes);
    }

    [Fact]
    public void AClosedPlanLongerThanTheCurriculumHoldsOnlyAftercareAfterItsLastWeek()
    {
        var plan = Open(options: new PlanOptions { Weeks = 20 });

        Assert.Equal(20, plan.Weeks.Count);
        Assert.All(plan.Sessions.Where(s => s.Week > 16), s => Assert.Equal("SS", s.Track.Code.Value));
        var aftercare = Of(plan, "SS").Where(s => s.Week > 16).ToList();
        Assert.Equal([17, 18, 19, 20], aftercare.Select(s => s.Week));
        Assert.Equal([13, 14, 15, 16], aftercare.Select(s => s.BlockWeek));
        Assert.All(aftercare, s => Assert.Equal(2, s.Cycle));
        Assert.Equal(90, plan.Weeks[16].ScheduledMinutes);
        Assert.Equal(8, Of(plan, "ER").Count);
        Assert.Equal(3, Of(plan, "IC").Count);
    }

    [Fact]
    public void AClosedPlanShorterThanTheCurriculumStopsAtItsLastWeek()
    {
        var plan = Open(options: new PlanOptions { Weeks = 2 });

        Assert.Equal([1, 2], plan.Weeks.Select(w => w.Number));
        Assert.All(plan.Sessions, s => Assert.InRange(s.Week, 1, 2));
        Assert.Equal(["RP 3", "RP 4"], Labels(plan, "RP", 2));
    }

    [Fact]
    public void AClosedPlanGivesTheSamePlanAsTheOriginalOverload()
    {
        var mlk = new Closure(new LocalDate(2027, 1, 18), "Martin Luther King Jr. Day");
        var calendar = TestCalendars.InLosAngeles(mlk, new Closure(new LocalDate(2027, 2, 19), "Staff training"));

        var original = WeekPlanner.Plan(MatrixLike(), calendar, Monday4Jan, seed: 4);
        var withOptions = WeekPlanner.Plan(MatrixLike(), calendar, Monday4Jan, new PlanOptions { Seed = 4, Groups = GroupMode.Closed });

        Assert.Equal(Shown(original), Shown(withOptions));
        Assert.Equal(original.Weeks, withOptions.Weeks);
        Assert.All(original.Sessions, s =>
        {
            Assert.Equal(s.Week, s.BlockWeek);
            Assert.Equal(1, s.Cycle);
        });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void FewerThanOneWeekIsRefused(int weeks)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Open(options: new PlanOptions { Weeks = weeks }));

        Assert.Equal("options", error.ParamName);
        Assert.Contains("at least 1 week", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOptionsAtAllIsRefused() =>
        Assert.Throws<ArgumentNullException>(() => WeekPlanner.Plan(MatrixLike(), TestCalendars.InLosAngeles(), Monday4Jan, (PlanOptions)null!));

    // ---- closures and seeds in later cycles ----

    [Fact]
    public void AClosureInACycledWeekShiftsTheRepeatedSession()
    {
        var closure = new Closure(new LocalDate(2027, 2, 1), "Staff training");

        var plan = Open(TestCalendars.InLosAngeles(closure));

        var moved = Of(plan, "ER", 5)[0];
        Assert.Equal("ER 1", moved.Label);
        Assert.Equal(PlannedStatus.Shifted, moved.Status);
        Assert.Equal(new LocalDate(2027, 2, 2), moved.Date);
        Assert.Equal(new LocalDate(2027, 2, 1), moved.OriginalDate);
        Assert.Equal("moved from Mon 1 Feb (closed for Staff training)", moved.Note);
    }

    [Fact]
    public void AClosureWithNoOpenDayLeftCancelsASessionBeyondTheCurriculum()
    {
        var closure = new Closure(new LocalDate(2027, 5, 7), "Staff training");

        var plan = Open(TestCalendars.InLosAngeles(closure));

        var cancelled = plan.Sessions.Where(s => s.Status == PlannedStatus.Cancelled).ToList();
        Assert.Equal(["ER 4", "RP 4"], cancelled.Select(s => s.Label));
        Assert.All(cancelled, s =>
        {
            Assert.Equal(18, s.Week);
            Assert.Equal("closed for Staff training; no open day left in week 18", s.Note);
        });
        // The drawn test day avoids the closed Friday, so only the two groups are lost.
        Assert.Equal(495 - 60 - 90, plan.Weeks[17].ScheduledMinutes);
    }

    [Fact]
    public void WithCancelAClosureInACycledWeekCancelsOnlyThatSession()
    {
        var calendar = new ProgramCalendar(TestCalendars.LosAngeles, [new Closure(new LocalDate(2027, 3, 1), "Staff training")])
        {
            ClosurePolicy = ClosurePolicy.Cancel,
        };

        var plan = Open(calendar);

        var week9 = Of(plan, "ER", 9);
        Assert.Equal([PlannedStatus.Cancelled, PlannedStatus.Scheduled], week9.Select(s => s.Status));
        Assert.Equal(["ER 1", "ER 2"], week9.Select(s => s.Label));
        Assert.Equal(["ER 1", "ER 2"], Labels(plan, "ER", 13));
    }

    [Fact]
    public void TheSameSeedGivesTheSameOpenPlan()
    {
        var options = OpenFor20Weeks with { Seed = 11 };

        Assert.Equal(Shown(Open(options: options)), Shown(Open(options: options)));
    }
}
