using IopCurriculum.Engine.Actions;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Reviews;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Weeks;

/// <summary>
/// Moves cohorts and their clients across week boundaries. A cohort's boundary is one transaction; each
/// client instance then crosses it in a transaction of its own, keyed by (instance, week), so after a
/// crash the work resumes where it stopped and nothing is done twice.
/// </summary>
public sealed class WeekAdvancer
{
    /// <summary>What a cohort's new week asks of other parts: its guides, and its calendar for clients.</summary>

    private readonly EngineContext _context;

    internal WeekAdvancer(EngineContext context) => _context = context;

    /// <summary>
    /// Processes every boundary the clock has passed, for one cohort or all, and brings every active
    /// instance up to its cohort. Safe to run any number of times: this is also the start-up reconciliation.
    /// </summary>
    public AdvanceReport AdvanceDue(string? cohortId = null, string actor = Actors.Scheduler)
    {
        var report = new AdvanceReport();
        foreach (var id in CohortIds(cohortId))
        {
            var (setting, advanced) = Load(id);
            var due = setting.Weeks.BoundariesPassed(_context.Now);
            for (var week = advanced + 1; week <= due; week++)
                AdvanceCohort(id, week, actor, null, report);
            CatchUp(id, actor, report);
        }
        return report;
    }

    /// <summary>
    /// Ends a cohort's week by hand, with a reason. Refuses a week that has not begun; a week already
    /// ended (by the scheduler or anyone else) is left alone and said so.
    /// </summary>
    public AdvanceReport Advance(string cohortId, int? week, string actor, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw EngineException.InvalidField("reason", "advancing a week by hand needs a reason for the journal");
        var (setting, advanced) = Load(cohortId);
        var target = week ?? advanced + 1;
        if (target < 1) throw EngineException.Invalid($"week {target} does not exist; weeks start at 1");
        if (target > setting.Cohort.Weeks)
            throw EngineException.Invalid($"cohort {cohortId} runs {setting.Cohort.Weeks} weeks; there is no week {target} to end");
        var running = setting.Weeks.WeekAt(_context.Now);
        if (target > running)
            throw EngineException.Invalid(
                $"week {target} of cohort {cohortId} has not begun (it starts {setting.Weeks.FirstDayOf(target):uuuu-MM-dd}; today is in week {Math.Max(running, 0)})");

        var report = new AdvanceReport();
        for (var w = advanced + 1; w < target; w++)
            AdvanceCohort(cohortId, w, actor, reason, report);
        AdvanceCohort(cohortId, target, actor, reason, report);
        CatchUp(cohortId, actor, report);
        return report;
    }

    /// <summary>
    /// The cohorts of a program that have work the clock has made due: a week boundary passed and not yet
    /// ended, or active instances behind their cohort's last boundary (an advance interrupted between the
    /// cohort's boundary and its clients'). The scheduler advances them, a shard of them per trigger.
    /// </summary>
    public IReadOnlyList<string> CohortsDue(string programId)
    {
        using var db = _context.Database.Open();
        var program = db.Programs.AsNoTracking().SingleOrDefault(p => p.Id == programId);
        if (program is null || Definitions.Calendars.TimeZones.Find(program.TimeZone) is not { } zone) return [];
        var now = _context.Now;
        var due = new SortedSet<string>(StringComparer.Ordinal);
        var running = db.Cohorts.AsNoTracking()
            .Where(c => c.ProgramId == programId && c.WeeksAdvanced < c.Weeks)
            .Select(c => new { c.Id, c.StartDate, c.Weeks, c.WeeksAdvanced })
            .ToList();
        foreach (var cohort in running)
            if (new CohortCalendar(LocalDate.FromDateOnly(cohort.StartDate), zone, cohort.Weeks).EndOf(cohort.WeeksAdvanced + 1) <= now)
                due.Add(cohort.Id);
        var lagging = db.Instances.AsNoTracking()
            .Where(i => i.Active && i.Enrolment!.Cohort!.ProgramId == programId && i.WeeksProcessed < i.Enrolment.Cohort.WeeksAdvanced)
            .Select(i => i.Enrolment!.CohortId)
            .Distinct()
            .ToList();
        due.UnionWith(lagging);
        return [.. due];
    }

    /// <summary>When the next boundary of a cohort falls, or null when it has run all its weeks.</summary>
    public Instant? NextBoundary(string cohortId)
    {
        var (setting, advanced) = Load(cohortId);
        return advanced >= setting.Cohort.Weeks ? null : setting.Weeks.EndOf(advanced + 1);
    }

    private void AdvanceCohort(string cohortId, int week, string actor, string? reason, AdvanceReport report)
    {
        var key = OccurrenceKeys.CohortWeek(cohortId, week);
        var done = UnitOfWork.Run(_context, key, db =>
        {
            var cohort = db.Cohorts.Single(c => c.Id == cohortId);
            if (cohort.WeeksAdvanced >= week) return false;
            if (cohort.WeeksAdvanced != week - 1)
                throw EngineException.Conflict($"cohort {cohortId} is at week {cohort.WeeksAdvanced + 1}; week {week} cannot end before it");
            cohort.WeeksAdvanced = week;
            cohort.Revision++;
            var entry = new JournalRecord
            {
                CohortId = cohortId,
                FromStage = $"week {week}",
                ToStage = week < cohort.Weeks ? $"week {week + 1}" : "finished",
                Trigger = TriggerNames.Of(WorkflowTrigger.WeekElapsed),
                OccurrenceKey = key,
                Week = week,
                Actor = actor,
                AtUtc = _context.UtcNow,
                Reason = reason,
            };
            db.Journal.Add(entry);
            // Next week's group sessions are already planned, and calendar feeds are read live; what is
            // left to do is its packet, made ready before anyone asks to print it.
            if (week < cohort.Weeks)
                db.Outbox.Add(OutboxRows.Pending(entry, cohortId, null, WorkflowActionNames.RenderGuides,
                    $"{{\"week\":\"{week + 1}\"}}", _context.UtcNow));
            return true;
        }, () => false);

        if (done) report.CohortWeeks.Add($"{cohortId}: week {week} ended");
        else report.Skipped.Add(AlreadyDone(cohortId, key, $"week {week} of cohort {cohortId}"));
    }

    /// <summary>Brings every active instance of the cohort up to the cohort's last boundary, one week and one instance at a time.</summary>
    private void CatchUp(string cohortId, string actor, AdvanceReport report)
    {
        int advanced;
        List<(long Id, int Processed)> lagging;
        using (var db = _context.Database.Open())
        {
            advanced = db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.WeeksAdvanced).Single();
            lagging = [.. db.Instances.AsNoTracking()
                .Where(i => i.Enrolment!.CohortId == cohortId && i.Active && i.WeeksProcessed < advanced)
                .OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.WeeksProcessed })
                .AsEnumerable()
                .Select(i => (i.Id, i.WeeksProcessed))];
        }
        if (lagging.Count == 0) return;
        var setting = Load(cohortId).Setting;
        foreach (var (id, processed) in lagging)
        {
            var week = processed + 1;
            while (week <= advanced)
            {
                var crossing = CrossWeek(setting, id, week, actor, report);
                if (!crossing.Active) break;
                // The instance is behind the week it was read at (a database that lost a commit it had
                // acknowledged, as a failover can): go back to its next week rather than skip any.
                week = crossing.Behind is { } last ? last + 1 : week + 1;
            }
        }
    }

    /// <summary>One instance across one boundary, only from the week before it.</summary>
    private Crossing CrossWeek(CohortSetting setting, long instanceId, int week, string actor, AdvanceReport report)
    {
        var key = OccurrenceKeys.InstanceWeek(instanceId, week);
        var result = UnitOfWork.Run(_context, key, db =>
        {
            var instance = db.Instances.Include(i => i.Enrolment).Single(i => i.Id == instanceId);
            if (!instance.Active) return new Crossing(false, false, null);
            if (instance.WeeksProcessed >= week) return new Crossing(false, true, null);
            if (instance.WeeksProcessed < week - 1) return new Crossing(false, true, null, instance.WeeksProcessed);
            var enrolment = instance.Enrolment!;
            var machine = _context.Machine(db, instance.DefinitionId);
            var firstDay = DateOnly.FromDateTime(setting.Weeks.FirstDayOf(week).ToDateTimeUnspecified());
            var lastDay = DateOnly.FromDateTime(setting.Weeks.LastDayOf(week).ToDateTimeUnspecified());
            var results = db.TestResults.Count(r => r.EnrolmentId == enrolment.Id && r.CollectedOn >= firstDay && r.CollectedOn <= lastDay);
            var facts = StageFacts.Read(db, instance, enrolment, week, machine.Definition.ReadsPlan ? PlanFacts.Standing(db, setting, enrolment.Id, _context.Now) : PlanStanding.NoPlan, new TriggerFacts(ResultsThisWeek: results),
                machine.Definition.ReadsMeasures);
            var (entry, outcome) = TransitionWriter.Apply(db, _context, setting, enrolment, instance, machine,
                WorkflowTrigger.WeekElapsed, facts, new Occurrence(key, week, actor));
            instance.WeeksProcessed = week;
            // A week with no result is a missed test: the run of negatives ends.
            if (results == 0) instance.ConsecutiveNegatives = 0;
            return new Crossing(outcome.Entered, instance.Active, entry);
        }, () => new Crossing(false, true, null));

        if (result.Behind is not null) return result;
        if (result.Entry is null && result.Active) report.Skipped.Add($"instance {instanceId}: week {week} already processed");
        else if (result.Entry is { } entry)
        {
            if (result.Moved) report.Transitions.Add($"{setting.Cohort.Id} week {week}: instance {instanceId} {entry.FromStage} -> {entry.ToStage}");
            else report.Stays++;
        }
        return result;
    }

    /// <param name="Behind">The last week the instance has processed, when that is before the week before this one.</param>
    private sealed record Crossing(bool Moved, bool Active, JournalRecord? Entry, int? Behind = null);

    private string AlreadyDone(string cohortId, string key, string what)
    {
        using var db = _context.Database.Open();
        var entry = db.Journal.AsNoTracking().FirstOrDefault(j => j.OccurrenceKey == key);
        if (entry is null) return $"{what} was already ended; nothing to do";
        var zone = Load(cohortId).Setting.Weeks.Zone;
        var at = Instant.FromDateTimeUtc(entry.AtUtc).InZone(zone);
        return $"{what} was already ended by {entry.Actor} at {at:uuuu-MM-dd HH:mm} ({zone.Id}); nothing to do";
    }

    private (CohortSetting Setting, int Advanced) Load(string cohortId)
    {
        using var db = _context.Database.Open();
        var cohort = db.Cohorts.AsNoTracking().Include(c => c.Program).SingleOrDefault(c => c.Id == cohortId)
            ?? throw EngineException.NotFound(CohortService.Unknown(db, cohortId));
        return (_context.Setting(cohort, cohort.Program!), cohort.WeeksAdvanced);
    }

    private List<string> CohortIds(string? cohortId)
    {
        if (cohortId is not null) return [cohortId];
        using var db = _context.Database.Open();
        return [.. db.Cohorts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id)];
    }
}
