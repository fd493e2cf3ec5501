using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Recording;

/// <summary>
/// Clinical decisions about one client: an override to another stage, a discharge, a readmission.
/// Each needs a reason, is journaled, and is refused (writing nothing) when the workflow does not allow it.
/// </summary>
public sealed partial class ClinicalService
{
    private readonly EngineContext _context;

    internal ClinicalService(EngineContext context) => _context = context;

    /// <summary>Moves the client to the stage <see cref="ClinicalRequest.Target"/> names, where the workflow allows it.</summary>
    public IReadOnlyList<JournalStep> Override(ClinicalRequest request, string targetStage) =>
        Fire(request, WorkflowTrigger.ClinicalOverride, new TriggerFacts(Target: targetStage), i => i.Active);

    public IReadOnlyList<JournalStep> Discharge(ClinicalRequest request) =>
        Fire(request, WorkflowTrigger.Discharge, new TriggerFacts(), i => i.Active);

    public IReadOnlyList<JournalStep> Readmit(ClinicalRequest request) =>
        Fire(request, WorkflowTrigger.Readmit, new TriggerFacts(), i => !i.Active);

    private List<JournalStep> Fire(ClinicalRequest request, WorkflowTrigger trigger, TriggerFacts facts, Func<InstanceRecord, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw EngineException.InvalidField("reason", $"a {TriggerNames.Of(trigger).Replace('-', ' ')} needs a reason for the journal");
        request = request with { Reason = FieldRules.Reason(request.Reason) };
        var written = UnitOfWork.Run(_context, db =>
        {
            var (cohort, setting) = CohortService.Find(_context, db, request.CohortId);
            var enrolment = TriggerFiring.Enrolment(db, cohort.Id, request.ClientId);
            var week = Math.Clamp(setting.Weeks.WeekAt(_context.Now), 1, cohort.Weeks);
            var fired = TriggerFiring.FireAll(db, _context, setting, enrolment, trigger, facts,
                instance => OccurrenceKeys.ClinicalRequest(instance.Id, trigger, instance.Revision),
                week, request.Actor, request.Reason,
                instance => applies(instance) && (request.Workflow is null || instance.Definition!.Name == request.Workflow),
                journalRefusal: false);

            if (fired.Count == 0)
                throw EngineException.Invalid(request.Workflow is null
                    ? $"client {request.ClientId} has no workflow a {TriggerNames.Of(trigger)} applies to"
                    : $"client {request.ClientId} has no {request.Workflow} workflow a {TriggerNames.Of(trigger)} applies to");
            if (fired.All(f => !f.Outcome.Fired))
                throw EngineException.Invalid($"{TriggerNames.Of(trigger)} refused for client {request.ClientId}",
                    [.. fired.Select(f => $"{f.Instance.Definition!.Name}: {f.Outcome.Refusal}")]);

            // Time spent discharged is not counted; the client picks up at the cohort's current week.
            if (trigger == WorkflowTrigger.Readmit)
                foreach (var (instance, _, _) in fired.Where(f => f.Outcome.Fired))
                    instance.WeeksProcessed = Math.Max(instance.WeeksProcessed, cohort.WeeksAdvanced);
            if (trigger is WorkflowTrigger.Discharge or WorkflowTrigger.Readmit)
                db.EnrolmentEvents.Add(new EnrolmentEventRecord
                {
                    EnrolmentId = enrolment.Id,
                    Kind = trigger == WorkflowTrigger.Discharge ? "discharged" : "readmitted",
                    Week = week,
                    AtUtc = _context.UtcNow,
                    Actor = request.Actor,
                    Reason = request.Reason,
                });
            return fired.Where(f => f.Outcome.Fired).Select(f => f.Entry!).ToList();
        });
        // Mapped once the unit has committed: the journal's ids are only known then.
        return [.. written.Select(JournalStep.From)];
    }
}
