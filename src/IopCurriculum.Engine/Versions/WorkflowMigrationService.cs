using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Versions;

/// <summary>
/// Moves running instances to another version of their workflow, on request only. Every instance's new
/// stage is checked first; one the new version does not have refuses the whole migration, and nothing
/// is written. A migration that goes ahead is journaled per instance, in one transaction.
/// </summary>
public sealed class WorkflowMigrationService
{
    private readonly EngineContext _context;

    internal WorkflowMigrationService(EngineContext context) => _context = context;

    public MigrationReport Migrate(MigrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Reason))
            throw EngineException.InvalidField("reason", "a migration needs a reason for the journal");
        var target = DefinitionCatalog.LoadFile(request.DefinitionPath);
        var stages = target.Stages.Select(s => s.Name).ToList();

        var problems = new List<string>();
        foreach (var (from, to) in request.StageMap)
            if (target.FindStage(to) is null)
                problems.Add($"the stage map {from}={to}: {target.Label} has no stage '{to}'{Suggestions.Hint(to, stages)}");

        return UnitOfWork.Run(_context, null, db =>
        {
            var newRecord = DefinitionCatalog.Register(db, target, Path.GetFileName(request.DefinitionPath), _context.UtcNow);
            // A version registered just now needs its id before the journal's occurrence keys name it; a
            // refusal or a dry run rolls the row back with the rest.
            db.SaveChanges();
            var sources = request.From is not null
                ? [DefinitionCatalog.Find(db, request.From)]
                : db.WorkflowDefinitions.Where(d => d.Name == target.Name && d.Version < target.Version).ToList();
            if (request.From is not null && sources[0].Name != target.Name)
                problems.Add($"the version migrated from, {request.From}: instances of {sources[0].Name} cannot move to {target.Name}");
            var sourceIds = sources.Select(s => s.Id).ToList();
            var oldStages = sources.SelectMany(s => _context.Machine(s).Definition.Stages.Select(st => st.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var from in request.StageMap.Keys.Where(k => !oldStages.Contains(k)))
                problems.Add($"the stage map {from}=…: no version being migrated has a stage '{from}'{Suggestions.Hint(from, oldStages)}");

            var instances = db.Instances.Include(i => i.Enrolment).Include(i => i.Definition)
                .Where(i => sourceIds.Contains(i.DefinitionId) && i.DefinitionId != newRecord.Id)
                .Where(i => request.CohortId == null || i.Enrolment!.CohortId == request.CohortId)
                .OrderBy(i => i.Id)
                .ToList();
            var moves = new List<(InstanceRecord Instance, string To)>();
            foreach (var instance in instances)
            {
                var to = request.StageMap.GetValueOrDefault(instance.Stage, instance.Stage);
                if (target.FindStage(to) is null)
                    problems.Add($"instance {instance.Id} (client {instance.Enrolment!.ClientId}, cohort {instance.Enrolment.CohortId}) is in '{instance.Stage}', which {target.Label} does not have; map {instance.Stage} to one of its stages");
                else moves.Add((instance, to));
            }
            if (problems.Count > 0)
                throw EngineException.Invalid($"migration to {target.Label} refused; nothing was changed", problems);

            var report = new MigrationReport(target.Label, request.DryRun);
            var now = _context.UtcNow;
            foreach (var (instance, to) in moves)
            {
                var from = $"{instance.Stage} ({instance.Definition!.Name} v{instance.Definition.Version})";
                var toLabel = $"{to} ({target.Label})";
                report.Moves.Add($"instance {instance.Id} client {instance.Enrolment!.ClientId}: {from} -> {toLabel}");
                if (request.DryRun) continue;
                db.Journal.Add(new JournalRecord
                {
                    CohortId = instance.Enrolment.CohortId,
                    InstanceId = instance.Id,
                    FromStage = from,
                    ToStage = toLabel,
                    Trigger = TriggerNames.Migrate,
                    OccurrenceKey = OccurrenceKeys.Migration(instance.Id, instance.DefinitionId, newRecord.Id),
                    Week = instance.WeeksProcessed,
                    Actor = request.Actor,
                    AtUtc = now,
                    Reason = request.Reason,
                });
                if (to != instance.Stage) instance.StageSinceWeek = instance.WeeksProcessed + 1;
                instance.Stage = to;
                instance.Definition = newRecord;
                instance.Active = target.FindStage(to) is not { Final: true };
                instance.Revision++;
                instance.UpdatedUtc = now;
            }
            if (!request.DryRun)
            {
                // New enrolments in the migrated cohorts start on the new version too.
                var cohortLinks = db.CohortWorkflows.Where(w => sourceIds.Contains(w.DefinitionId))
                    .Where(w => request.CohortId == null || w.CohortId == request.CohortId).ToList();
                foreach (var link in cohortLinks)
                {
                    db.CohortWorkflows.Remove(link);
                    if (!db.CohortWorkflows.Local.Any(w => w.CohortId == link.CohortId && w.Definition == newRecord))
                        db.CohortWorkflows.Add(new CohortWorkflowRecord { CohortId = link.CohortId, Definition = newRecord });
                }
            }
            return report;
        }, () => throw new InvalidOperationException("a migration has no occurrence key"), commit: !request.DryRun);
    }
}
