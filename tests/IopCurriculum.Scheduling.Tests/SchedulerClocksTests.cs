using IopCurriculum.Testing.Clocks;

namespace IopCurriculum.Scheduling.Tests;

/// <summary>
/// <c>iop scheduler run</c> runs on the engine's clock unless configuration names a testing assembly
/// beside it; production code never references the fast clock itself.
/// </summary>
public sealed class SchedulerClocksTests
{
    [Fact]
    public void WithoutASettingTheSchedulerRunsOnTheEnginesClockInRealTime()
    {
        var clock = SchedulerClocks.Select(null, TimeProvider.System);
        Assert.Same(TimeProvider.System, clock.Clock);
        Assert.Same(TimerScale.RealTime, clock.Scale);
    }

    [Fact]
    public void TheNamedAssemblyProvidesTheClock()
    {
        // The fast clock's own setting is not set in this process: finding the source is what says so.
        var refused = Assert.Throws<InvalidOperationException>(() => SchedulerClocks.Select("IopCurriculum.Testing.Clocks", TimeProvider.System));
        Assert.Contains(FastClock.Variable, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../IopCurriculum.Testing.Clocks")]
    [InlineData("/tmp/IopCurriculum.Testing.Clocks")]
    [InlineData("IopCurriculum.NoSuchClocks")]
    public void OnlyAnAssemblyBesideTheApplicationIsLoaded(string name)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SchedulerClocks.Select(name, TimeProvider.System));
        Assert.Contains(SchedulerClocks.Variable, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFastClockDescribesTheEnvironmentThatSelectsIt()
    {
        var clock = new FastClock(new DateTimeOffset(2027, 1, 3, 20, 0, 0, TimeSpan.Zero), TimeProvider.System.GetUtcNow(), 200_000);
        var environment = clock.ProcessEnvironment();
        Assert.Equal("IopCurriculum.Testing.Clocks", environment[SchedulerClocks.Variable]);
        Assert.Equal(clock.Describe(), environment[FastClock.Variable]);
        Assert.Equal(200_000, clock.Scale.ClockSecondsPerRealSecond);
    }
}
