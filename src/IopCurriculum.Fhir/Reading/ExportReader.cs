using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Fhir.Reading;

/// <summary>
/// Reads what an export needs, a page of clients at a time: each page opens its own short-lived,
/// untracked context, so memory stays flat however many clients a cohort has and the scheduler is
/// never held up behind a long read.
/// </summary>
public sealed class ExportReader(IopDatabase database, ReaderCache? cache = null)
{
    /// <summary>Clients read per round trip; enough to amortise the queries, small enough to keep memory flat.</summary>
    public const int PageSize = 200;

    private readonly ReaderCache _cache = cache ?? new ReaderCache();

    /// <summary>The named cohort, or every cohort in id order; an unknown id is refused with the closest match.</summary>
    public IReadOnlyList<string> CohortIds(string? cohortId)
    {
        using var db = database.Open();
        var known = db.Cohorts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToList();
        if (cohortId is null) return known;
        return known.Contains(cohortId, StringComparer.Ordinal)
            ? [cohortId]
            : throw EngineException.NotFound($"no cohort '{cohortId}'{Suggestions.Hint(cohortId, known)}");
    }

    public CohortContext Cohort(string cohortId)
    {
        using var db = database.Open();
        var cohort = db.Cohorts.AsNoTracking().Include(c => c.Program).SingleOrDefault(c => c.Id == cohortId)
            ?? throw EngineException.NotFound($"no cohort '{cohortId}'");
        var program = cohort.Program!;
        var zone = TimeZones.Find(program.TimeZone)
            ?? throw EngineException.Invalid($"program {program.Id} names an unknown time zone '{program.TimeZone}'");
        var groupSessions = db.PlannedSessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.EnrolmentId == null)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToList();
        return new CohortContext(cohort, program, Curriculum(cohort.CurriculumPath),
            new CohortCalendar(LocalDate.FromDateOnly(cohort.StartDate), zone, cohort.Weeks), groupSessions);
    }

    public Curriculum Curriculum(string path) => _cache.Curriculum(path, () =>
    {
        var loaded = CurriculumLoader.Load(path);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the curriculum at {path} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
        return loaded.Value;
    });

    /// <summary>
    /// The cohort's clients in enrolment order, a page at a time. With <paramref name="sinceUtc"/>, only
    /// clients with anything recorded at or after it: a journal step, attendance, a result, an enrolment
    /// event, or the enrolment itself. With <paramref name="enrolmentIds"/>, only those enrolments.
    /// </summary>
    public IEnumerable<ClientHistory> Clients(CohortContext cohort, DateTime? sinceUtc = null, IReadOnlyCollection<long>? enrolmentIds = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        long after = 0;
        while (true)
        {
            var page = Page(cohort.Cohort.Id, after, sinceUtc, enrolmentIds);
            if (page.Count == 0) yield break;
            foreach (var client in page) yield return client;
            after = page[^1].Enrolment.Id;
        }
    }

    private List<ClientHistory> Page(string cohortId, long after, DateTime? since, IReadOnlyCollection<long>? only)
    {
        using var db = database.Open();
        var query = db.Enrolments.AsNoTracking().Include(e => e.Client).Where(e => e.CohortId == cohortId && e.Id > after);
        if (only is not null) query = query.Where(e => only.Contains(e.Id));
        if (since is { } s)
            query = query.Where(e => e.EnrolledUtc >= s
                || db.Attendance.Any(a => a.EnrolmentId == e.Id && a.RecordedUtc >= s)
                || db.TestResults.Any(r => r.EnrolmentId == e.Id && r.RecordedUtc >= s)
                || db.EnrolmentEvents.Any(v => v.EnrolmentId == e.Id && v.AtUtc >= s)
                || db.Instances.Any(i => i.EnrolmentId == e.Id && db.Journal.Any(j => j.InstanceId == i.Id && j.AtUtc >= s)));
        var enrolments = query.OrderBy(e => e.Id).Take(PageSize).ToList();
        if (enrolments.Count == 0) return [];

        var ids = enrolments.Select(e => e.Id).ToList();
        var instances = db.Instances.AsNoTracking().Where(i => ids.Contains(i.EnrolmentId)).OrderBy(i => i.Id).ToList();
        var instanceIds = instances.Select(i => (long?)i.Id).ToList();
        var instancesOf = instances.ToLookup(i => i.EnrolmentId);
        var steps = db.Journal.AsNoTracking().Where(j => instanceIds.Contains(j.InstanceId))
            .OrderBy(j => j.Id)
            .Select(j => new { InstanceId = j.InstanceId!.Value, j.Week, j.ToStage, j.Trigger, j.AtUtc })
            .AsEnumerable()
            .ToLookup(j => j.InstanceId, j => new StageEntry(j.Week, j.ToStage, j.Trigger, j.AtUtc));
        var own = db.PlannedSessions.AsNoTracking().Where(p => p.EnrolmentId != null && ids.Contains(p.EnrolmentId.Value))
            .OrderBy(p => p.StartUtc).ThenBy(p => p.Id).AsEnumerable().ToLookup(p => p.EnrolmentId!.Value);
        // A correction is a new revision; the highest is what happened.
        var attendance = db.Attendance.AsNoTracking().Where(a => ids.Contains(a.EnrolmentId)).AsEnumerable()
            .GroupBy(a => (a.EnrolmentId, a.PlannedSessionId))
            .Select(g => g.MaxBy(a => a.Revision)!)
            .ToLookup(a => a.EnrolmentId);
        var results = db.TestResults.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId))
            .OrderBy(r => r.CollectedOn).ThenBy(r => r.Id).AsEnumerable().ToLookup(r => r.EnrolmentId);
        var events = db.EnrolmentEvents.AsNoTracking().Where(v => ids.Contains(v.EnrolmentId))
            .OrderBy(v => v.Id).AsEnumerable().ToLookup(v => v.EnrolmentId);
        var definitions = Definitions(db, instances.Select(i => i.DefinitionId));

        return [.. enrolments.Select(e => new ClientHistory(
            e,
            e.Client!,
            [.. instancesOf[e.Id].Select(i => new InstanceHistory(i, definitions[i.DefinitionId], [.. steps[i.Id]]))],
            [.. own[e.Id]],
            attendance[e.Id].ToDictionary(a => a.PlannedSessionId),
            [.. results[e.Id]],
            [.. events[e.Id]]))];
    }

    /// <summary>Each pinned definition, compiled once from its stored text (never from the file, which may have moved on).</summary>
    private Dictionary<long, WorkflowDefinition> Definitions(IopDbContext db, IEnumerable<long> ids)
    {
        var wanted = ids.Distinct().ToList();
        var found = new Dictionary<long, WorkflowDefinition>();
        var missing = new List<long>();
        foreach (var id in wanted)
            if (_cache.Definition(id) is { } known) found[id] = known;
            else missing.Add(id);
        foreach (var record in db.WorkflowDefinitions.AsNoTracking().Where(d => missing.Contains(d.Id)).ToList())
        {
            var loaded = WorkflowLoader.Parse(record.Source, record.SourceName);
            if (!loaded.Succeeded)
                throw EngineException.Invalid($"stored workflow {record.Name} v{record.Version} no longer loads", [.. loaded.Diagnostics.Select(d => d.ToString())]);
            found[record.Id] = _cache.Remember(record.Id, loaded.Value);
        }
        return found;
    }
}
