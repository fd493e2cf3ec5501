namespace IopCurriculum.Scheduling;

/// <summary>The clock a scheduler runs on, and how fast its time passes against real time.</summary>
public sealed record SchedulerClock(TimeProvider Clock, TimerScale Scale);
