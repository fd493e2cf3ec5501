using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// On start: gives every program its wake-up, and catches up on the boundaries passed while the
/// scheduler was down, each processed once. On SQLite (one host) the catch-up reconciles every cohort and
/// client before any trigger fires; on PostgreSQL it fires every program's wake-up at once, so the
/// cluster shares it, and the start-up is done one host at a time (<see cref="StartupLock"/>). While
/// running, picks up programs created from the command line.
/// </summary>
public sealed partial class SchedulerStartup(
    IopEngine engine,
    ISchedulerFactory schedulers,
    CohortSchedules schedules,
    StartupLock startupLock,
    TimerScale timerScale,
    ILogger<SchedulerStartup> logger) : BackgroundService
{
    /// <summary>How often (in real time) new programs are looked for.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (await startupLock.Hold(cancellationToken).ConfigureAwait(false))
        {
            if (!Clustered)
            {
                var report = engine.Weeks.AdvanceDue(actor: Actors.Reconciler);
                Reconciled(logger, report.CohortWeeks.Count, report.Transitions.Count, report.Stays);
            }
            // The first call builds the scheduler, which creates Quartz's tables if they are missing.
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var added = await schedules.Synchronise(scheduler, cancellationToken).ConfigureAwait(false);
            Scheduled(logger, added);
            if (Clustered)
            {
                // In a cluster the catch-up is every program's wake-up, fired now: the shards it finds
                // due get their own advances, which the cluster's nodes share, instead of one node doing
                // them all while holding the start-up lock.
                foreach (var program in await CohortSchedules.ProgramIds(scheduler, cancellationToken).ConfigureAwait(false))
                    await scheduler.TriggerJob(CohortSchedules.WakeJobFor(program), cancellationToken: cancellationToken).ConfigureAwait(false);
                CatchUpRequested(logger);
            }
        }
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SyncInterval, timerScale.TimerClock(engine.Clock));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var held = await startupLock.TryHold(stoppingToken).ConfigureAwait(false);
                // Another host is starting up and synchronising; the next tick looks again.
                if (held is null) continue;
                var scheduler = await schedulers.GetScheduler(stoppingToken).ConfigureAwait(false);
                var added = await schedules.Synchronise(scheduler, stoppingToken).ConfigureAwait(false);
                if (added > 0) Scheduled(logger, added);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a while (a restart, a network cut): try again on the next tick.
                SyncFailed(logger, e.Message);
            }
        }
    }

    private bool Clustered => engine.Database.Provider == DatabaseProvider.Postgres;

    [LoggerMessage(Level = LogLevel.Information, Message = "catching up: every program's wake-up fired")]
    private static partial void CatchUpRequested(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "reconciled with the clock: {Weeks} cohort week(s) ended, {Changes} stage change(s), {Stays} stay(s)")]
    private static partial void Reconciled(ILogger logger, int weeks, int changes, int stays);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} program wake-up(s) scheduled")]
    private static partial void Scheduled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not look for new programs: {Reason}")]
    private static partial void SyncFailed(ILogger logger, string reason);
}
