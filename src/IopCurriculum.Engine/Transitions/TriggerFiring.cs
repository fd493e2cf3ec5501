using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Reviews;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Transitions;

/// <summary>Fires a trigger on each active workflow instance of one enrolment, inside the caller's transaction.</summary>
internal static class TriggerFiring
{
    public static List<(InstanceRecord Instance, JournalRecord? Entry, FireOutcome Outcome)> FireAll(
        IopDbContext db,
        EngineContext context,
        CohortSetting setting,
        EnrolmentRecord enrolment,
        WorkflowTrigger trigger,
        TriggerFacts triggerFacts,
        Func<InstanceRecord, string> keyFor,
        int week,
        string actor,
        string? reason,
        Func<InstanceRecord, bool>? include = null,
        bool journalRefusal = true)
    {
        var fired = new List<(InstanceRecord, JournalRecord?, FireOutcome)>();
        var instances = db.Instances.Include(i => i.Definition).Where(i => i.EnrolmentId == enrolment.Id).OrderBy(i => i.Id).ToList();
        // Read once for every instance, and only when a guard of theirs asks.
        PlanStanding? plan = null;
        foreach (var instance in instances.Where(include ?? (i => i.Active)))
        {
            var machine = context.Machine(instance.Definition!);
            var facts = StageFacts.Read(db, instance, enrolment, week,
                machine.Definition.ReadsPlan ? plan ??= PlanFacts.Standing(db, setting, enrolment.Id, context.Now) : PlanStanding.NoPlan, triggerFacts,
                machine.Definition.ReadsMeasures);
            var (entry, outcome) = TransitionWriter.Apply(db, context, setting, enrolment, instance, machine, trigger, facts,
                new Occurrence(keyFor(instance), week, actor, reason), journalRefusal);
            fired.Add((instance, entry, outcome));
        }
        return fired;
    }

    /// <summary>The client's enrolment in a cohort, or a clear not-found.</summary>
    public static EnrolmentRecord Enrolment(IopDbContext db, string cohortId, string clientId) =>
        db.Enrolments.SingleOrDefault(e => e.CohortId == cohortId && e.ClientId == clientId)
            ?? throw EngineException.NotFound($"client {clientId} is not enrolled in cohort {cohortId}");
}
