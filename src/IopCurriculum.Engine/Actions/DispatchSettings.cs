namespace IopCurriculum.Engine.Actions;

/// <summary>How the dispatcher tries actions: how many at once, how often before an incident, how long between tries.</summary>
/// <param name="MaxAttempts">Failed tries after which an action becomes an incident.</param>
/// <param name="FirstPause">The pause after the first failure; each further failure doubles it, up to <paramref name="LongestPause"/>.</param>
/// <param name="Lease">How long a claim holds: a dispatcher that dies holding actions leaves them to be claimed again once it lapses.</param>
/// <param name="Batch">Actions claimed at a time.</param>
/// <param name="Parallel">Actions run at once.</param>
/// <param name="Poll">How long an idle dispatcher waits before looking again (real time).</param>
public sealed record DispatchSettings(
    int MaxAttempts,
    TimeSpan FirstPause,
    TimeSpan LongestPause,
    TimeSpan Lease,
    int Batch,
    int Parallel,
    TimeSpan Poll)
{
    public static DispatchSettings Default { get; } = new(
        MaxAttempts: 5,
        FirstPause: TimeSpan.FromSeconds(30),
        LongestPause: TimeSpan.FromMinutes(30),
        Lease: TimeSpan.FromMinutes(5),
        Batch: 50,
        Parallel: 4,
        Poll: TimeSpan.FromSeconds(2));

    /// <summary>The pause before try <paramref name="failures"/> + 1.</summary>
    public TimeSpan PauseAfter(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks * (1L << Math.Clamp(failures - 1, 0, 30))));

    /// <summary>Refuses settings that would make the dispatcher spin or never give up.</summary>
    public DispatchSettings Checked()
    {
        if (MaxAttempts < 1) throw EngineException.Invalid($"the number of tries before an incident must be 1 or more, not {MaxAttempts}");
        if (FirstPause <= TimeSpan.Zero || LongestPause < FirstPause) throw EngineException.Invalid("the pauses between tries must be positive, the longest no shorter than the first");
        if (Lease <= TimeSpan.Zero || Batch < 1 || Parallel < 1 || Poll <= TimeSpan.Zero) throw EngineException.Invalid("the claim, batch, parallelism and polling settings must be positive");
        return this;
    }
}
