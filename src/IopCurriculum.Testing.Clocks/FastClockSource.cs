using IopCurriculum.Scheduling;

namespace IopCurriculum.Testing.Clocks;

/// <summary>What <see cref="SchedulerClocks"/> finds in this assembly: the <see cref="FastClock"/> that <see cref="FastClock.Variable"/> describes.</summary>
public sealed class FastClockSource : ISchedulerClockSource
{
    public SchedulerClock Create()
    {
        var clock = FastClock.FromEnvironment()
            ?? throw new InvalidOperationException($"{SchedulerClocks.Variable} selects the fast clock, which needs {FastClock.Variable} (start=INSTANT;epoch=INSTANT;speed=NUMBER)");
        return new SchedulerClock(clock, clock.Scale);
    }
}
