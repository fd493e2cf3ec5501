using IopCurriculum.Testing.Clocks;
using Microsoft.Extensions.Time.Testing;

namespace IopCurriculum.Scheduling.Tests;

/// <summary>
/// The fast clock several scheduler processes share in the scale-out tests: simulated time runs from a
/// common epoch at a fixed speed, timers wait the simulated span divided by the speed, and the hosts'
/// real-time intervals are converted onto it.
/// </summary>
public sealed class FastClockTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 3, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Epoch = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SimulatedTimeRunsFromTheStartAtTheSpeed()
    {
        var real = new FakeTimeProvider(Epoch);
        var clock = new FastClock(Start, Epoch, 100_000, real);
        Assert.Equal(Start, clock.GetUtcNow());
        var before = clock.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(6.048));
        Assert.Equal(Start.AddDays(7), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromDays(7), clock.GetElapsedTime(before));
    }

    [Fact]
    public void TimersWaitTheSimulatedSpanDividedByTheSpeed()
    {
        var real = new FakeTimeProvider(Epoch);
        var clock = new FastClock(Start, Epoch, 100_000, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromMilliseconds(863));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);

        // Changing the timer scales the new span too; a simulated instant never rounds to "no wait at all".
        timer.Change(TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, fired);
    }

    [Fact]
    public void DescribedClockParsesBackToTheSameClock()
    {
        var clock = new FastClock(Start, Epoch, 200_000);
        var parsed = FastClock.Parse(clock.Describe());
        Assert.Equal((clock.Start, clock.Epoch, clock.Speed), (parsed.Start, parsed.Epoch, parsed.Speed));
        Assert.Throws<FormatException>(() => FastClock.Parse("speed=10"));
    }

    [Fact]
    public void HostIntervalsStayInRealTimeUnderAFastClock()
    {
        var clock = new FastClock(Start, Epoch, 200_000);
        Assert.Equal(TimeSpan.FromSeconds(400_000), clock.Scale.OnClock(TimeSpan.FromSeconds(2)));
        // No timer waits longer than about 49 days: a long real span is held under that.
        Assert.Equal(TimeSpan.FromDays(45), clock.Scale.OnClock(TimeSpan.FromMinutes(1)));
        Assert.Equal(TimeSpan.FromSeconds(2), TimerScale.RealTime.OnClock(TimeSpan.FromSeconds(2)));
        Assert.Same(TimeProvider.System, clock.Scale.TimerClock(clock));
    }

    [Fact]
    public void ACohortAlwaysFallsInTheSameShard()
    {
        // A stable hash, not string.GetHashCode (which differs between processes).
        Assert.Equal(CohortSchedules.ShardOf("eastside-2027-01-04"), CohortSchedules.ShardOf("eastside-2027-01-04"));
        var shards = Enumerable.Range(0, 1000).Select(i => CohortSchedules.ShardOf($"c{i:D4}")).ToList();
        Assert.All(shards, s => Assert.InRange(s, 0, CohortSchedules.Shards - 1));
        Assert.Equal(CohortSchedules.Shards, shards.Distinct().Count());
    }
}
