using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Quartz.Impl.Calendar;

namespace IopCurriculum.Scheduling;

/// <summary>
/// The scheduler's triggers. Every program has a daily wake-up in its own time zone, a few minutes after
/// local midnight on each day the program is open — the program's closures form its holiday calendar —
/// so a boundary that falls on a closed day is ended on the next open day rather than lost, and a missed
/// night fires once (FireAndProceed), not once per night. The wake-up asks the engine which cohorts have
/// work due and gives each shard of them (<see cref="Shards"/>) a one-shot advance trigger. In a cluster
/// every trigger fires on one node, so a program's cohorts spread over the nodes, and a node's work
/// moves to another if it dies.
/// </summary>
public sealed class CohortSchedules(IopEngine engine)
{
    public const string ProgramGroup = "programs";
    public const string CohortGroup = "cohorts";

    /// <summary>Minutes after local midnight (the week boundary) that the wake-up fires.</summary>
    public const int MinutesPastBoundary = 5;

    /// <summary>
    /// A program's cohorts are advanced in this many shards. Each shard with work due gets a trigger of its
    /// own, so the cluster's nodes share a program's cohorts a shard at a time; a trigger per cohort would
    /// cost the job store a dozen statements and three locked transactions for every cohort and week.
    /// </summary>
    public const int Shards = 32;

    /// <summary>The one job every shard's advance trigger fires; the trigger names the program and shard.</summary>
    public static readonly JobKey AdvanceJob = new("advance", CohortGroup);

    public static JobKey WakeJobFor(string programId) => new(programId, ProgramGroup);

    public static TriggerKey WakeTriggerFor(string programId) => new(programId, ProgramGroup);

    public static TriggerKey AdvanceTriggerFor(string programId, int shard) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{programId}.{shard:D2}"), CohortGroup);

    public static string CalendarFor(string programId) => $"closures-{programId}";

    /// <summary>Adds the advance job, and the wake-up job, trigger and closure calendar of every program that lacks them.</summary>
    public async Task<int> Synchronise(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        if (!await scheduler.Exists(AdvanceJob, cancellationToken).ConfigureAwait(false))
            await scheduler.AddJob(AdvanceJobDetail(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        // A store written before the programs' wake-ups held a job and a daily trigger per cohort here.
        var stale = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(CohortGroup), cancellationToken).ConfigureAwait(false))
            .Where(key => !key.Equals(AdvanceJob))
            .ToList();
        if (stale.Count > 0) await scheduler.DeleteJobs(stale, cancellationToken).ConfigureAwait(false);

        var count = 0;
        foreach (var program in Programs())
        {
            if (await scheduler.Exists(WakeJobFor(program.Id), cancellationToken).ConfigureAwait(false)
                && await scheduler.Exists(WakeTriggerFor(program.Id), cancellationToken).ConfigureAwait(false))
                continue;
            await Schedule(scheduler, program, cancellationToken).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    /// <summary>
    /// Gives every shard of the program with a cohort whose work is due an advance trigger that fires
    /// now; a shard whose advance is still waiting to fire keeps it. The triggers are stored in one
    /// transaction. Returns how many were added.
    /// </summary>
    public async Task<int> ScheduleDue(IScheduler scheduler, string programId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var shards = engine.Weeks.CohortsDue(programId).Select(ShardOf).ToHashSet();
        if (shards.Count == 0) return 0;
        // Only this program's wake-up adds its shards' triggers, and it never runs twice at once, so
        // nothing can add one of these keys between this look and the write below.
        var waiting = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(CohortGroup), cancellationToken).ConfigureAwait(false))
            .ToHashSet();
        var triggers = shards.Order()
            .Where(shard => !waiting.Contains(AdvanceTriggerFor(programId, shard)))
            .Select(shard => AdvanceTrigger(programId, shard))
            .ToList();
        if (triggers.Count == 0) return 0;
        await scheduler.ScheduleJob(AdvanceJobDetail(), triggers, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        return triggers.Count;
    }

    /// <summary>
    /// The shard a cohort belongs to: a stable hash of its id (the same in every process), so a cohort
    /// is always advanced by its shard's trigger.
    /// </summary>
    public static int ShardOf(string cohortId)
    {
        ArgumentNullException.ThrowIfNull(cohortId);
        var hash = 2166136261u;
        foreach (var c in cohortId)
            hash = (hash ^ c) * 16777619u;
        return (int)(hash % Shards);
    }

    private static IJobDetail AdvanceJobDetail() =>
        JobBuilder.Create<CohortAdvanceJob>()
            .WithIdentity(AdvanceJob)
            .WithDescription("ends the due weeks of a shard of a program's cohorts and brings their clients across")
            .StoreDurably()
            // A node that dies while advancing a shard leaves the rest of it to another node.
            .RequestRecovery()
            .Build();

    private ITrigger AdvanceTrigger(string programId, int shard) =>
        TriggerBuilder.Create(engine.Clock)
            .WithIdentity(AdvanceTriggerFor(programId, shard))
            .ForJob(AdvanceJob)
            .WithDescription($"due weeks of program {programId}, shard {shard}")
            .UsingJobData(CohortAdvanceJob.ProgramKey, programId)
            .UsingJobData(CohortAdvanceJob.ShardKey, shard.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .StartNow()
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    private async Task Schedule(IScheduler scheduler, ProgramWake program, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(program.TimeZone);
        var closures = new HolidayCalendar { TimeZone = zone, Description = $"closures of program {program.Id}" };
        foreach (var day in program.Closures) closures.AddExcludedDay(day);
        await scheduler.AddCalendar(CalendarFor(program.Id), closures, AddCalendarOptions.ReplacingAndUpdatingTriggers, cancellationToken).ConfigureAwait(false);

        var job = JobBuilder.Create<ProgramWakeJob>()
            .WithIdentity(WakeJobFor(program.Id))
            .WithDescription($"week boundaries of the cohorts of program {program.Id}")
            .UsingJobData(ProgramWakeJob.ProgramKey, program.Id)
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create(engine.Clock)
            .WithIdentity(WakeTriggerFor(program.Id))
            .ForJob(job)
            .WithCronSchedule($"0 {MinutesPastBoundary} 0 * * ?", cron => cron
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .WithCalendarName(CalendarFor(program.Id))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The programs whose wake-up is scheduled.</summary>
    public static async Task<IReadOnlyList<string>> ProgramIds(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ProgramGroup), cancellationToken).ConfigureAwait(false);
        return [.. keys.Select(k => k.Name).Order(StringComparer.Ordinal)];
    }

    private List<ProgramWake> Programs()
    {
        using var db = engine.Database.Open();
        var programs = db.Programs.AsNoTracking().OrderBy(p => p.Id).ToList();
        var wakes = new List<ProgramWake>();
        foreach (var program in programs)
        {
            var zone = Definitions.Calendars.TimeZones.Find(program.TimeZone);
            if (zone is null) continue;
            wakes.Add(new ProgramWake(program.Id, zone.Id, ProgramService.Closures(program)));
        }
        return wakes;
    }

    private sealed record ProgramWake(string Id, string TimeZone, IReadOnlyList<DateOnly> Closures);
}
