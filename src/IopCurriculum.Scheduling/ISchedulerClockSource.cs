namespace IopCurriculum.Scheduling;

/// <summary>
/// Provides a clock other than the engine's for <c>iop scheduler run</c>. Implemented only in testing
/// assemblies, which <see cref="SchedulerClocks"/> loads when configuration names one; production code
/// never references them.
/// </summary>
public interface ISchedulerClockSource
{
    /// <summary>The clock, read from the source's own settings; throws when they are missing or malformed.</summary>
    SchedulerClock Create();
}
