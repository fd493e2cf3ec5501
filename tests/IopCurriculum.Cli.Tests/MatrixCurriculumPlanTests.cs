using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary>The real Matrix curriculum, loaded from its files and planned over its 16 weeks.</summary>
public class MatrixCurriculumPlanTests
{
    private static readonly LocalDate Start = new(2027, 1, 4);

    private static Curriculum Matrix() => CurriculumLoader.Load(Repo.Matrix).Value;

    private static ProgramCalendar LosAngeles() => new(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]);

    private static List<PlannedSession> Of(SessionPlan plan, string track) =>
        [.. plan.Sessions.Where(s => s.Track.Code.Value == track)];

    [Fact]
    public void SixteenWeeksHoldTheExpectedSessionsOfEveryTrack()
    {
        var plan = WeekPlanner.Plan(Matrix(), LosAngeles(), Start);

        Assert.Equal(16, plan.Weeks.Count);
        Assert.Equal(8, Of(plan, "ER").Count);
        Assert.Equal(32, Of(plan, "RP").Count);
        Assert.Equal(12, Of(plan, "FE").Count);
        Assert.Equal(4, Of(plan, "SS").Count);
        Assert.Equal(16, Of(plan, "UA").Count);
        Assert.Equal(3, Of(plan, "IC").Count);
        Assert.Equal(75, plan.Sessions.Count);
    }

    [Fact]
    public void EachTrackMeetsInItsOwnWeeks()
    {
        var plan = WeekPlanner.Plan(Matrix(), LosAngeles(), Start);

        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4], Of(plan, "ER").Select(s => s.Week));
        Assert.Equal(Enumerable.Range(1, 12), Of(plan, "FE").Select(s => s.Week));
        Assert.Equal([13, 14, 15, 16], Of(plan, "SS").Select(s => s.Week));
        Assert.Equal(Enumerable.Range(1, 16), Of(plan, "UA").Select(s => s.Week));
        Assert.Equal([1, 8, 16], Of(plan, "IC").Select(s => s.Week));
    }

    [Fact]
    public void RelapsePreventionRunsItsSessionsInOrderOnMondaysAndFridays()
    {
        var plan = WeekPlanner.Plan(Matrix(), LosAngeles(), Start);

        var rp = Of(plan, "RP");
        Assert.Equal(Enumerable.Range(1, 32), rp.Select(s => s.Session!.Number));
        Assert.All(rp, s => Assert.Contains(s.Date.DayOfWeek, new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday }));
        Assert.Equal(new LocalDate(2027, 4, 23), rp[^1].Date);
        Assert.Equal("Looking Ahead: Aftercare", rp[^1].Session!.Title);
    }

    [Fact]
    public void SocialSupportPicksItsTopicsAndTestingRepeatsOneSession()
    {
        var plan = WeekPlanner.Plan(Matrix(), LosAngeles(), Start);

        Assert.All(Of(plan, "SS"), s => Assert.Null(s.Session));
        Assert.All(Of(plan, "UA"), s => Assert.Equal("UA 1", s.Label));
        Assert.All(Of(plan, "UA"), s =>
            Assert.Contains(s.Date.DayOfWeek, new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday }));
    }

    [Fact]
    public void TheExampleCalendarMovesEverySessionOffItsClosures()
    {
        var curriculum = Matrix();
        var calendar = ProgramCalendarLoader.Load(Repo.LosAngelesCalendar, curriculum).Value;

        var plan = WeekPlanner.Plan(curriculum, calendar, Start);

        Assert.Equal(75, plan.Sessions.Count);
        Assert.DoesNotContain(plan.Sessions, s => s.Status != PlannedStatus.Cancelled && calendar.ClosureOn(s.Date) is not null);
        var moved = plan.Sessions.Where(s => s.Status == PlannedStatus.Shifted).ToList();
        Assert.Contains(moved, s => s.Label == "RP 5" && s.Date == new LocalDate(2027, 1, 19));
        Assert.Contains(moved, s => s.Label == "ER 5" && s.Date == new LocalDate(2027, 1, 19));
        Assert.All(moved, s => Assert.Equal(s.OriginalDate!.Value.PlusDays(1), s.Date));
        Assert.All(Of(plan, "RP"), s => Assert.Equal("Group room A", s.Room));
    }

    [Fact]
    public void OpenGroupsOverTwentyWeeksStartEachGroupAgainWhenItsBlockEnds()
    {
        var plan = WeekPlanner.Plan(Matrix(), LosAngeles(), Start, new PlanOptions { Weeks = 20, Groups = GroupMode.Open });

        string[] Labels(string track, int week) => [.. Of(plan, track).Where(s => s.Week == week).Select(s => s.Label)];

        Assert.Equal(20, plan.Weeks.Count);
        Assert.Equal(Enumerable.Range(1, 20), Of(plan, "ER").Select(s => s.Week).Distinct());
        Assert.Equal(["ER 1", "ER 2"], Labels("ER", 5));
        Assert.Equal(["ER 1", "ER 2"], Labels("ER", 9));
        Assert.Equal(["FE 12"], Labels("FE", 12));
        Assert.Equal(["FE 1"], Labels("FE", 13));
        Assert.Equal(["RP 1", "RP 2"], Labels("RP", 17));
        Assert.Equal(Enumerable.Range(13, 8), Of(plan, "SS").Select(s => s.Week));
        Assert.Equal(Enumerable.Range(1, 20), Of(plan, "UA").Select(s => s.Week));
        Assert.Empty(Of(plan, "IC"));
        Assert.Equal(128, plan.Sessions.Count);
    }
}
