namespace IopCurriculum.Scheduling;

/// <summary>
/// How many seconds pass on the scheduler's clock in one real second. A real clock runs at
/// <see cref="RealTime"/>, and so does a test's fake clock, which the test moves by hand. A clock that runs
/// simulated time faster (a testing aid several scheduler processes share) has a larger scale, and the
/// scheduler needs to know it: Quartz and the start-up service measure their intervals on the clock they
/// are given, and their check-ins, polls and retries must still come every real second.
/// </summary>
public sealed record TimerScale
{
    // A timer cannot wait more than about 49 days, so a span on a scaled clock is held under that.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(45);

    /// <param name="clockSecondsPerRealSecond">1 for real time; more for a clock that runs faster.</param>
    public TimerScale(double clockSecondsPerRealSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clockSecondsPerRealSecond, 1.0);
        ClockSecondsPerRealSecond = clockSecondsPerRealSecond;
    }

    /// <summary>The scale of every real clock.</summary>
    public static TimerScale RealTime { get; } = new(1);

    public double ClockSecondsPerRealSecond { get; }

    public bool IsRealTime => ClockSecondsPerRealSecond <= 1;

    /// <summary>A span of real time expressed on the scaled clock.</summary>
    public TimeSpan OnClock(TimeSpan real) =>
        IsRealTime ? real : TimeSpan.FromTicks(Math.Min((real * ClockSecondsPerRealSecond).Ticks, LongestTimer.Ticks));

    /// <summary>
    /// The clock for timers whose period is real time by nature (looking for new programs): the system's
    /// on a scaled clock, else <paramref name="clock"/> itself, so that a test's fake clock drives them too.
    /// </summary>
    public TimeProvider TimerClock(TimeProvider clock) => IsRealTime ? clock : TimeProvider.System;
}
