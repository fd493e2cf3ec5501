using IopCurriculum.Engine;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quartz;
using Quartz.Impl.Calendar;

namespace IopCurriculum.Scheduling;

/// <summary>
/// Gives every cohort a Quartz trigger in its program's time zone. The trigger fires a few minutes after
/// local midnight each day the program is open — the program's closures form its holiday calendar — and
/// the job ends whichever weeks are due. A boundary that falls on a closed day is therefore ended on the
/// next open day rather than lost, and a missed night fires once (FireAndProceed), not once per night.
/// </summary>
public sealed class CohortSchedules(IopEngine engine)
{
    public const string Group = "cohorts";

    /// <summary>Minutes after local midnight (the week boundary) that the wake-up fires.</summary>
    public const int MinutesPastBoundary = 5;

    public static JobKey JobFor(string cohortId) => new(cohortId, Group);

    public static TriggerKey TriggerFor(string cohortId) => new(cohortId, Group);

    public static string CalendarFor(string programId) => $"closures-{programId}";

    /// <summary>Adds or replaces the jobs, triggers and closure calendars of every cohort still running.</summary>
    public async Task<int> Synchronise(IScheduler scheduler, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var count = 0;
        foreach (var cohort in Running())
        {
            if (await scheduler.Exists(JobFor(cohort.Id), cancellationToken).ConfigureAwait(false)
                && await scheduler.Exists(TriggerFor(cohort.Id), cancellationToken).ConfigureAwait(false))
                continue;
            await Schedule(scheduler, cohort, cancellationToken).ConfigureAwait(false);
            count++;
        }
        return count;
    }

    private async Task Schedule(IScheduler scheduler, RunningCohort cohort, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(cohort.TimeZone);
        var closures = new HolidayCalendar { TimeZone = zone, Description = $"closures of program {cohort.ProgramId}" };
        foreach (var day in cohort.Closures) closures.AddExcludedDay(day);
        await scheduler.AddCalendar(CalendarFor(cohort.ProgramId), closures, AddCalendarOptions.ReplacingAndUpdatingTriggers, cancellationToken).ConfigureAwait(false);

        var job = JobBuilder.Create<CohortWakeJob>()
            .WithIdentity(JobFor(cohort.Id))
            .WithDescription($"week boundaries of cohort {cohort.Id}")
            .UsingJobData(CohortWakeJob.CohortKey, cohort.Id)
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create(engine.Clock)
            .WithIdentity(TriggerFor(cohort.Id))
            .ForJob(job)
            .StartAt(cohort.FirstBoundary.ToDateTimeOffset())
            .EndAt(cohort.LastBoundary.Plus(Duration.FromDays(14)).ToDateTimeOffset())
            .WithCronSchedule($"0 {MinutesPastBoundary} 0 * * ?", cron => cron
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .WithCalendarName(CalendarFor(cohort.ProgramId))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    private List<RunningCohort> Running()
    {
        using var db = engine.Database.Open();
        var cohorts = db.Cohorts.AsNoTracking().Include(c => c.Program)
            .Where(c => c.WeeksAdvanced < c.Weeks)
            .OrderBy(c => c.Id)
            .ToList();
        var running = new List<RunningCohort>();
        foreach (var cohort in cohorts)
        {
            var zone = Definitions.Calendars.TimeZones.Find(cohort.Program!.TimeZone);
            if (zone is null) continue;
            var weeks = new Domain.Cohorts.CohortCalendar(LocalDate.FromDateOnly(cohort.StartDate), zone, cohort.Weeks);
            var closures = ProgramService.Closures(cohort.Program);
            running.Add(new RunningCohort(cohort.Id, cohort.ProgramId, zone.Id, weeks.EndOf(1), weeks.EndOf(cohort.Weeks), closures));
        }
        return running;
    }

    private sealed record RunningCohort(string Id, string ProgramId, string TimeZone, Instant FirstBoundary, Instant LastBoundary, IReadOnlyList<DateOnly> Closures);
}
