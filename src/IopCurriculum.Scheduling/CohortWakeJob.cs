using IopCurriculum.Engine;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// Wakes one cohort and lets the engine process whatever week boundaries the clock has passed. Small and
/// idempotent: firing it again, or after a missed night, does each boundary exactly once.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class CohortWakeJob(IopEngine engine, ILogger<CohortWakeJob> logger) : IJob
{
    public const string CohortKey = "cohort";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cohortId = context.MergedJobDataMap.GetString(CohortKey)
            ?? throw new JobExecutionException($"job {context.JobDetail.Key} has no '{CohortKey}' data");
        try
        {
            var report = engine.Weeks.AdvanceDue(cohortId, Actors.Scheduler);
            foreach (var line in report.CohortWeeks) Advanced(logger, line);
            if (report.Transitions.Count > 0 || report.Stays > 0) Moved(logger, cohortId, report.Transitions.Count, report.Stays);
        }
        catch (EngineException e)
        {
            // A cohort the engine refuses (its curriculum no longer loads) must not stop the other cohorts' jobs.
            Refused(logger, cohortId, e.Message);
        }
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void Advanced(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "cohort {Cohort}: {Changes} stage change(s), {Stays} stay(s)")]
    private static partial void Moved(ILogger logger, string cohort, int changes, int stays);

    [LoggerMessage(Level = LogLevel.Error, Message = "cohort {Cohort} was not advanced: {Reason}")]
    private static partial void Refused(ILogger logger, string cohort, string reason);
}
