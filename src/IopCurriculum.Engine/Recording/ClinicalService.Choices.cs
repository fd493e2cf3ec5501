using IopCurriculum.Engine.Transitions;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Recording;

public sealed partial class ClinicalService
{
    /// <summary>
    /// Each of the client's workflows in the cohort with the decisions its definition allows from the
    /// current stage: the override targets, and whether a discharge or readmission applies. Forms offer
    /// these; the decision itself is still checked when it is made.
    /// </summary>
    public IReadOnlyList<ClinicalChoice> Choices(string cohortId, string clientId)
    {
        using var db = _context.Database.Open();
        var enrolment = TriggerFiring.Enrolment(db, cohortId, clientId);
        var instances = db.Instances.AsNoTracking().Where(i => i.EnrolmentId == enrolment.Id).OrderBy(i => i.Id).ToList();
        return [.. instances.Select(instance =>
        {
            var definition = _context.Machine(db, instance.DefinitionId).Definition;
            var from = definition.Transitions.Where(t => t.From.Contains(instance.Stage, StringComparer.Ordinal)).ToList();
            var targets = from.Where(t => t.Trigger == WorkflowTrigger.ClinicalOverride && t.To is not null)
                .Select(t => t.To!).Distinct(StringComparer.Ordinal).ToList();
            return new ClinicalChoice(definition.Name, definition.Title, instance.Stage, instance.Active,
                instance.Active ? targets : [],
                instance.Active && from.Any(t => t.Trigger == WorkflowTrigger.Discharge),
                !instance.Active && from.Any(t => t.Trigger == WorkflowTrigger.Readmit))
            {
                StageTitles = definition.Stages.ToDictionary(s => s.Name, s => s.Words, StringComparer.Ordinal),
            };
        })];
    }
}
