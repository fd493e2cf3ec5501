using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using static IopCurriculum.Domain.Tests.Planning.PlannerSamples;
using static NodaTime.IsoDayOfWeek;

namespace IopCurriculum.Domain.Tests.Planning;

/// <summary>Tracks that meet once a week over several days draw the day from the seed, preferring open days.</summary>
public class WeekPlannerDrawTests
{
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
}
