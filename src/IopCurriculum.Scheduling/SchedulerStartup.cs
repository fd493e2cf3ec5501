using IopCurriculum.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace IopCurriculum.Scheduling;

/// <summary>
/// On start, before any trigger fires: reconciles every cohort and client against the clock (the
/// boundaries passed while the scheduler was down are each processed once), then gives every running
/// cohort its trigger. While running, picks up cohorts created from the command line.
/// </summary>
public sealed partial class SchedulerStartup(
    IopEngine engine,
    ISchedulerFactory schedulers,
    CohortSchedules schedules,
    ILogger<SchedulerStartup> logger) : BackgroundService
{
    /// <summary>How often new cohorts are looked for.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = engine.Weeks.AdvanceDue(actor: Actors.Reconciler);
        Reconciled(logger, report.CohortWeeks.Count, report.Transitions.Count, report.Stays);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var added = await schedules.Synchronise(scheduler, cancellationToken).ConfigureAwait(false);
        Scheduled(logger, added);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SyncInterval, engine.Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken).ConfigureAwait(false);
            var added = await schedules.Synchronise(scheduler, stoppingToken).ConfigureAwait(false);
            if (added > 0) Scheduled(logger, added);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "reconciled with the clock: {Weeks} cohort week(s) ended, {Changes} stage change(s), {Stays} stay(s)")]
    private static partial void Reconciled(ILogger logger, int weeks, int changes, int stays);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} cohort(s) scheduled")]
    private static partial void Scheduled(ILogger logger, int count);
}
