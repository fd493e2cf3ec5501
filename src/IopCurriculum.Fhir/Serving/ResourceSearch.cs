using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Resources;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// Reads and searches the resources the bulk export writes, built the same way by <see cref="ExportFeed"/>
/// (ids, literal references, Part 2 labels, the program's client id system and test-result choice), from
/// only the enrolments a query can match. Nothing is stored twice: every answer is built from the records.
/// </summary>
public sealed class ResourceSearch(IopEngine engine, ExportSettings settings)
{
    private readonly ExportFeed _feed = new(engine.Snapshots, engine.Clock, settings);

    /// <summary>The resource, or null when the type is served but has no resource with the id.</summary>
    public Resource? Read(string type, string id)
    {
        var query = SearchQuery.Parse(type, []) with { Ids = new HashSet<string>(StringComparer.Ordinal) { id }, Count = 1 };
        return Matches(query).FirstOrDefault();
    }

    /// <summary>The page the query asks for, counting every match without keeping more than the page.</summary>
    public SearchPage Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = new List<Resource>(Math.Min(query.Count, 200));
        var total = 0;
        foreach (var resource in Matches(query))
        {
            if (total >= query.Offset && page.Count < query.Count) page.Add(resource);
            total++;
        }
        return new SearchPage(query, total, page);
    }

    private IEnumerable<Resource> Matches(SearchQuery query) => query.Type switch
    {
        "Group" => Groups(query),
        "PlanDefinition" => PlanDefinitions(query),
        _ => ClientResources(query),
    };

    private IEnumerable<Resource> ClientResources(SearchQuery query)
    {
        var index = new ClientIndex(engine.Database);
        var rows = index.Enrolments();
        IEnumerable<EnrolmentRow> candidates = rows;
        if (query.PatientIds is { } patients) candidates = candidates.Where(r => patients.Contains(r.Keys().Patient.Id));
        if (query.Ids is { } ids)
        {
            if (query.Type == "Encounter")
            {
                var owners = index.EncounterOwners(rows, ids);
                candidates = candidates.Where(r => owners.Contains(r.EnrolmentId));
            }
            else if (query.Type == "DocumentReference")
            {
                var owners = index.NoteOwners(rows, ids);
                candidates = candidates.Where(r => owners.Contains(r.EnrolmentId));
            }
            else if (OwnKey(query.Type) is { } key) candidates = candidates.Where(r => ids.Contains(key(r.Keys()).Id));
            // A Condition's or Goal's id depends on what the client's plan says, so only building them finds it.
        }
        if (query.Identifiers is { } identifiers)
            candidates = candidates.Where(r => identifiers.Any(i => i.Value == r.ClientId && (i.System is null || i.System == r.Keys().ClientSystem)));
        var narrowed = !ReferenceEquals(candidates, rows);
        var chosen = candidates.ToList();

        var reader = engine.Snapshots;
        var patientsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cohortRows in chosen.GroupBy(r => r.CohortId))
        {
            var cohort = new CohortContext(reader.Cohort(cohortRows.Key));
            var only = narrowed ? cohortRows.Select(r => r.EnrolmentId).ToHashSet() : null;
            foreach (var client in reader.Clients(cohort.Snapshot, enrolmentIds: only))
            {
                if (query.LastUpdated.Count > 0)
                {
                    var changed = client.LastChangedUtc;
                    if (!query.LastUpdated.All(r => r.Matches(changed))) continue;
                }
                foreach (var entry in _feed.BulkClientEntries(cohort, client, query.Type))
                {
                    var resource = entry.Resource;
                    if (query.Ids is { } wanted && !wanted.Contains(resource.Id ?? "")) continue;
                    if (query.Statuses is { } statuses && resource is CarePlan plan && !statuses.Contains(plan.Status?.GetLiteral() ?? "")) continue;
                    // A client in two cohorts of one program is one Patient.
                    if (resource is Patient && !patientsSeen.Add(resource.Id ?? "")) continue;
                    yield return resource;
                }
            }
        }
    }

    /// <summary>The key of a type a client has at most one of, derived from the enrolment alone.</summary>
    private static Func<Identity.ClientKeys, Identity.ResourceKey>? OwnKey(string type) => type switch
    {
        "Patient" => k => k.Patient,
        "CarePlan" => k => k.CarePlan,
        "CareTeam" => k => k.CareTeam,
        _ => null,
    };

    private IEnumerable<Resource> Groups(SearchQuery query)
    {
        var reader = engine.Snapshots;
        foreach (var cohortId in reader.CohortIds(null))
        {
            var cohort = new CohortContext(reader.Cohort(cohortId));
            var key = Identity.ClientKeys.Group(cohort.Program.Id, cohortId);
            if (query.Ids is { } ids && !ids.Contains(key.Id)) continue;
            if (query.Identifiers is { } identifiers
                && !identifiers.Any(i => i.Value == cohortId && (i.System is null || i.System == Identity.ClientKeys.GroupSystem(cohort.Program.Id)))) continue;
            yield return _feed.BulkGroup(cohort).Resource;
        }
    }

    private IEnumerable<Resource> PlanDefinitions(SearchQuery query)
    {
        var reader = engine.Snapshots;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cohortId in reader.CohortIds(null))
        {
            var entry = _feed.BulkPlanDefinition(new CohortContext(reader.Cohort(cohortId)));
            var plan = (PlanDefinition)entry.Resource;
            if (!seen.Add(plan.Id ?? "")) continue;
            if (query.Ids is { } ids && !ids.Contains(plan.Id ?? "")) continue;
            if (query.Urls is { } urls && !urls.Contains(plan.Url ?? "")) continue;
            if (query.Versions is { } versions && !versions.Contains(plan.Version ?? "")) continue;
            yield return plan;
        }
    }

    /// <summary>The cohort a Group id stands for; the engine's not-found refusal when none does.</summary>
    public string CohortOfGroup(string groupId)
    {
        using var db = engine.Database.Open();
        foreach (var cohort in db.Cohorts.Select(c => new { c.Id, c.ProgramId }).ToList())
            if (Identity.ClientKeys.Group(cohort.ProgramId, cohort.Id).Id == groupId) return cohort.Id;
        throw EngineException.NotFound($"Group/{groupId} not found");
    }
}
