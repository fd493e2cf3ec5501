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

    /// <summary>The resource as <paramref name="audience"/> may see it, or null when there is none with the id or it may not.</summary>
    public (Resource? Resource, Disclosed Disclosed) Read(string type, string id, Audience audience)
    {
        var query = SearchQuery.Parse(type, []) with { Ids = new HashSet<string>(StringComparer.Ordinal) { id }, Count = 1 };
        var disclosed = new Disclosed(audience, named: true);
        var found = Matches(query, disclosed).FirstOrDefault();
        if (found.Resource is { } resource) disclosed.Add(found.ClientId, resource);
        return (found.Resource, disclosed);
    }

    /// <summary>
    /// The page the query asks for, counting every match without keeping more than the page. Clients the
    /// audience has no consent for do not exist for it: they match nothing and are not counted.
    /// </summary>
    public SearchPage Search(SearchQuery query, Audience audience)
    {
        ArgumentNullException.ThrowIfNull(query);
        var disclosed = new Disclosed(audience, named: Names(query));
        var page = new List<Resource>(Math.Min(query.Count, 200));
        var total = 0;
        foreach (var (resource, clientId) in Matches(query, disclosed))
        {
            if (total >= query.Offset && page.Count < query.Count)
            {
                page.Add(resource);
                disclosed.Add(clientId, resource);
            }
            total++;
        }
        return new SearchPage(query, total, page, disclosed);
    }

    /// <summary>Whether the query names its clients (by patient, id or identifier), so a client refused is worth recording as refused.</summary>
    private static bool Names(SearchQuery query) => query.PatientIds is not null || query.Ids is not null || query.Identifiers is not null;

    private IEnumerable<(Resource Resource, string? ClientId)> Matches(SearchQuery query, Disclosed disclosed) => query.Type switch
    {
        "Group" => Groups(query, disclosed),
        "PlanDefinition" => PlanDefinitions(query).Select(r => (r, (string?)null)),
        "Questionnaire" => _feed.BulkQuestionnaires().Where(q => Defines(query, q.Id, q.Url, q.Version)).Select(r => ((Resource)r, (string?)null)),
        _ => ClientResources(query, disclosed),
    };

    private IEnumerable<(Resource, string?)> ClientResources(SearchQuery query, Disclosed disclosed)
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
            else if (query.Type == "Consent")
            {
                var owners = index.ConsentOwners(rows, ids);
                candidates = candidates.Where(r => owners.Contains(r.EnrolmentId));
            }
            else if (query.Type is "Observation" or "QuestionnaireResponse")
            {
                var owners = index.MeasureOwners(rows, query.Type, ids);
                candidates = candidates.Where(r => owners.Contains(r.EnrolmentId));
            }
            else if (OwnKey(query.Type) is { } key) candidates = candidates.Where(r => ids.Contains(key(r.Keys()).Id));
            // A Condition's or Goal's id depends on what the client's plan says, so only building them finds it.
        }
        if (query.Identifiers is { } identifiers)
            candidates = candidates.Where(r => identifiers.Any(i => i.Value == r.ClientId && (i.System is null || i.System == r.Keys().ClientSystem)));
        var named = candidates.ToList();
        // The gate is asked once per request, afresh, so a revocation holds from the very next one.
        var decision = disclosed.Ask(engine, named.Select(r => r.ClientId));
        var chosen = named.Where(r => decision.Allows(r.ClientId)).ToList();
        var narrowed = chosen.Count != rows.Count;

        var reader = engine.Snapshots;
        var oncePerProgram = new HashSet<string>(StringComparer.Ordinal);
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
                var clientId = client.Client.Id;
                var release = new ClientRelease(decision.Allowed[clientId].ProgressNotes, decision.Recipient);
                foreach (var entry in _feed.BulkClientEntries(cohort, client, query.Type, release))
                {
                    var resource = entry.Resource;
                    if (query.Ids is { } wanted && !wanted.Contains(resource.Id ?? "")) continue;
                    if (query.Statuses is { } statuses && resource is CarePlan plan && !statuses.Contains(plan.Status?.GetLiteral() ?? "")) continue;
                    if (query.Codes is { } codes && resource is Observation observation && !codes.Any(c => c.Matches(observation.Code))) continue;
                    // A client in two cohorts of one program is one Patient, with one set of consents.
                    if (resource is Patient or Hl7.Fhir.Model.Consent && !oncePerProgram.Add(resource.Id ?? "")) continue;
                    yield return (resource, clientId);
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

    /// <summary>Each cohort's Group, listing only the members the audience may know of.</summary>
    private IEnumerable<(Resource, string?)> Groups(SearchQuery query, Disclosed disclosed)
    {
        var reader = engine.Snapshots;
        foreach (var cohortId in reader.CohortIds(null))
        {
            var cohort = new CohortContext(reader.Cohort(cohortId));
            var key = Identity.ClientKeys.Group(cohort.Program.Id, cohortId);
            if (query.Ids is { } ids && !ids.Contains(key.Id)) continue;
            if (query.Identifiers is { } identifiers
                && !identifiers.Any(i => i.Value == cohortId && (i.System is null || i.System == Identity.ClientKeys.GroupSystem(cohort.Program.Id)))) continue;
            var members = reader.Clients(cohort.Snapshot).Select(c => c.Client.Id).ToList();
            var decision = disclosed.Ask(engine, members, quiet: true);
            disclosed.Members(key.Id, [.. members.Where(decision.Allows)]);
            yield return (_feed.BulkGroup(cohort, decision.Allows).Resource, null);
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
            if (seen.Add(plan.Id ?? "") && Defines(query, plan.Id, plan.Url, plan.Version)) yield return plan;
        }
    }

    /// <summary>Whether a definition matches the query's <c>_id</c>, <c>url</c> and <c>version</c>.</summary>
    private static bool Defines(SearchQuery query, string? id, string? url, string? version) =>
        (query.Ids is not { } ids || ids.Contains(id ?? ""))
        && (query.Urls is not { } urls || urls.Contains(url ?? ""))
        && (query.Versions is not { } versions || versions.Contains(version ?? ""));

    /// <summary>The cohort a Group id stands for; the engine's not-found refusal when none does.</summary>
    public string CohortOfGroup(string groupId)
    {
        using var db = engine.Database.Open();
        foreach (var cohort in db.Cohorts.Select(c => new { c.Id, c.ProgramId }).ToList())
            if (Identity.ClientKeys.Group(cohort.ProgramId, cohort.Id).Id == groupId) return cohort.Id;
        throw EngineException.NotFound($"Group/{groupId} not found");
    }
}
