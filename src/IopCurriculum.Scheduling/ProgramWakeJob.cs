using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// A program's daily wake-up: gives each of its cohorts with work due (a week boundary passed, or clients
/// behind their cohort) a one-shot advance trigger. One at a time across the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ProgramWakeJob(CohortSchedules schedules, ILogger<ProgramWakeJob> logger) : IJob
{
    public const string ProgramKey = "program";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programId = context.MergedJobDataMap.GetString(ProgramKey)
            ?? throw new JobExecutionException($"job {context.JobDetail.Key} has no '{ProgramKey}' data");
        var added = await schedules.ScheduleDue(context.Scheduler, programId, cancellationToken).ConfigureAwait(false);
        if (added > 0) Woken(logger, programId, added);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "program {Program}: {Count} cohort(s) due")]
    private static partial void Woken(ILogger logger, string program, int count);
}
