using System.Globalization;
using IopCurriculum.Scheduling;

namespace IopCurriculum.Testing.Clocks;

/// <summary>
/// A testing aid: a clock that runs <see cref="Speed"/> times faster than real time from a shared epoch,
/// so that several scheduler processes agree on a simulated instant and run a 16-week course in minutes.
/// Simulated now is <c>start + (real now − epoch) × speed</c>; a timer for a simulated span waits that
/// span divided by the speed in real time. <c>iop scheduler run</c> runs on it when the environment from
/// <see cref="ProcessEnvironment"/> is set (<see cref="FastClockSource"/>); never for a real program.
/// </summary>
public sealed class FastClock : TimeProvider
{
    /// <summary>The environment variable that selects the clock: <c>start=…;epoch=…;speed=…</c> (instants in ISO 8601, UTC).</summary>
    public const string Variable = "IOP_FAST_CLOCK";

    private readonly TimeProvider _real;

    public FastClock(DateTimeOffset start, DateTimeOffset epoch, double speed, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1.0);
        Start = start.ToUniversalTime();
        Epoch = epoch.ToUniversalTime();
        Speed = speed;
        _real = real ?? System;
    }

    /// <summary>The simulated instant at the epoch.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The real instant the simulation started.</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>Simulated seconds per real second.</summary>
    public double Speed { get; }

    /// <summary>The clock <see cref="Variable"/> describes, or null when it is not set.</summary>
    public static FastClock? FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? Parse(value) : null;

    /// <summary>Reads <c>start=2027-01-01T00:00:00Z;epoch=2026-11-23T10:00:00.000Z;speed=100000</c>.</summary>
    public static FastClock Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("start", out var start) || !parts.TryGetValue("epoch", out var epoch) || !parts.TryGetValue("speed", out var speed))
            throw new FormatException($"{Variable} must read start=INSTANT;epoch=INSTANT;speed=NUMBER, not '{value}'");
        return new FastClock(
            DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            DateTimeOffset.Parse(epoch, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            double.Parse(speed, CultureInfo.InvariantCulture));
    }

    /// <summary>The value of <see cref="Variable"/> for this clock.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"start={Start:O};epoch={Epoch:O};speed={Speed}");

    /// <summary>How fast the clock runs, for the scheduler's intervals that stay in real time.</summary>
    public TimerScale Scale => new(Speed);

    /// <summary>
    /// The environment that runs <c>iop scheduler run</c> on this clock: <see cref="SchedulerClocks.Variable"/>
    /// names this assembly, and <see cref="Variable"/> describes the clock.
    /// </summary>
    public IReadOnlyDictionary<string, string> ProcessEnvironment() => new Dictionary<string, string>
    {
        [SchedulerClocks.Variable] = typeof(FastClock).Assembly.GetName().Name!,
        [Variable] = Describe(),
    };

    public override DateTimeOffset GetUtcNow() => Start + ((_real.GetUtcNow() - Epoch) * Speed);

    // Elapsed time measured on this clock is simulated time too.
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_real.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);

    // A positive span stays positive (a period of zero would stop a periodic timer): at least a millisecond.
    private TimeSpan ToReal(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan || simulated <= TimeSpan.Zero ? simulated
        : TimeSpan.FromTicks(Math.Max((long)(simulated.Ticks / Speed), TimeSpan.TicksPerMillisecond));

    private sealed class ScaledTimer(ITimer inner, FastClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
