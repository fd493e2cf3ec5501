using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// Advances one shard of a program's cohorts: each cohort of the shard with work due has the engine
/// process whatever week boundaries the clock has passed and bring every client across. Small and
/// idempotent: firing it again, on another node, after a missed night or while another node runs the
/// same cohort, does each boundary exactly once — the journal's occurrence keys, not the scheduler, are
/// what make it so. Which cohorts are due is read when the job runs, so a recovered or late fire does
/// whatever is due then.
/// </summary>
public sealed partial class CohortAdvanceJob(IopEngine engine, ILogger<CohortAdvanceJob> logger) : IJob
{
    public const string ProgramKey = "program";
    public const string ShardKey = "shard";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var programId = data.GetString(ProgramKey)
            ?? throw new JobExecutionException($"trigger {context.Trigger.Key} has no '{ProgramKey}' data");
        var shard = data.GetString(ShardKey) is { } text && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s
            : throw new JobExecutionException($"trigger {context.Trigger.Key} has no '{ShardKey}' data");
        // The engine's calls block on the database: on a thread of their own, not one of the shared pool's.
        return new ValueTask(Task.Factory.StartNew(() => Advance(programId, shard, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    private void Advance(string programId, int shard, CancellationToken cancellationToken)
    {
        foreach (var cohortId in engine.Weeks.CohortsDue(programId).Where(id => CohortSchedules.ShardOf(id) == shard))
        {
            // On shutdown the rest of the shard is left for the next fire, here or on another node.
            if (cancellationToken.IsCancellationRequested) return;
            try
            {
                var report = engine.Weeks.AdvanceDue(cohortId, Actors.Scheduler);
                foreach (var line in report.CohortWeeks) Advanced(logger, line);
                if (report.Transitions.Count > 0 || report.Stays > 0) Moved(logger, cohortId, report.Transitions.Count, report.Stays);
            }
            catch (EngineException e)
            {
                // A cohort the engine refuses (its curriculum no longer loads) must not stop the other cohorts' advances.
                Refused(logger, cohortId, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void Advanced(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "cohort {Cohort}: {Changes} stage change(s), {Stays} stay(s)")]
    private static partial void Moved(ILogger logger, string cohort, int changes, int stays);

    [LoggerMessage(Level = LogLevel.Error, Message = "cohort {Cohort} was not advanced: {Reason}")]
    private static partial void Refused(ILogger logger, string cohort, string reason);
}
