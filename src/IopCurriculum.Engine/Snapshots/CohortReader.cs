using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Engine.Consent;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans.Reviews;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>
/// The one reader of cohorts for everything that shows or sends them: registers, weekly packets, the
/// status, dashboard and fidelity, the FHIR export and API. Clients are read a page at a time, each page
/// in its own short-lived, untracked context, so memory stays flat however many clients a cohort has and
/// the scheduler is never held up behind a long read.
/// </summary>
public sealed class CohortReader
{
    /// <summary>Clients read per round trip; enough to amortise the queries, small enough to keep memory flat.</summary>
    public const int PageSize = 200;

    private readonly EngineContext _context;

    internal CohortReader(EngineContext context) => _context = context;

    /// <summary>The named cohort, or every cohort in id order; an unknown id is refused with the closest match.</summary>
    public IReadOnlyList<string> CohortIds(string? cohortId)
    {
        using var db = _context.Database.Open();
        var known = db.Cohorts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToList();
        if (cohortId is null) return known;
        return known.Contains(cohortId, StringComparer.Ordinal)
            ? [cohortId]
            : throw EngineException.NotFound($"no cohort '{cohortId}'{Suggestions.Hint(cohortId, known)}");
    }

    /// <summary>The cohort with its program, calendar, curriculum (checked against its stored hash) and group sessions.</summary>
    public CohortSnapshot Cohort(string cohortId)
    {
        using var db = Open();
        return Cohort(db, cohortId);
    }

    /// <summary>The cohort with every client.</summary>
    public WholeCohort Whole(string cohortId)
    {
        var cohort = Cohort(cohortId);
        return new WholeCohort(cohort, Clients(cohort));
    }

    /// <summary>
    /// The cohort's clients in enrolment order, a page at a time. With <paramref name="sinceUtc"/>, only
    /// clients with anything recorded at or after it: a journal step, attendance, a result, an enrolment
    /// event, or the enrolment itself. With <paramref name="enrolmentIds"/>, only those enrolments.
    /// </summary>
    public IEnumerable<ClientSnapshot> Clients(CohortSnapshot cohort, DateTime? sinceUtc = null, IReadOnlyCollection<long>? enrolmentIds = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        long after = 0;
        while (true)
        {
            var page = Page(cohort, after, sinceUtc, enrolmentIds);
            if (page.Count == 0) yield break;
            foreach (var client in page) yield return client;
            after = page[^1].Enrolment.Id;
        }
    }

    /// <summary>Every planned session of the cohort, group and individual, in time order, without reading any client.</summary>
    public IReadOnlyList<PlannedSessionRecord> Sessions(CohortSnapshot cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        using var db = Open();
        return [.. db.PlannedSessions.Where(s => s.CohortId == cohort.Cohort.Id).OrderBy(s => s.StartUtc).ThenBy(s => s.Id)];
    }

    /// <summary>Every revision of every entry for one session, oldest first: the register's history.</summary>
    public IReadOnlyList<AttendanceRecord> Revisions(long sessionId)
    {
        using var db = Open();
        return [.. db.Attendance.Where(a => a.PlannedSessionId == sessionId).OrderBy(a => a.EnrolmentId).ThenBy(a => a.Revision)];
    }

    private IopDbContext Open()
    {
        var db = _context.Database.Open();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    private CohortSnapshot Cohort(IopDbContext db, string cohortId)
    {
        var (cohort, setting) = CohortService.Find(_context, db, cohortId);
        var groupSessions = db.PlannedSessions
            .Where(s => s.CohortId == cohort.Id && s.EnrolmentId == null)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToList();
        var workflows = cohort.Workflows.Select(w => $"{w.Definition!.Name} v{w.Definition.Version}").ToList();
        var titles = cohort.Workflows.Select(w => $"{_context.Machine(w.Definition!).Definition.Title} ({w.Definition!.Name} v{w.Definition.Version})").ToList();
        return new CohortSnapshot(setting, workflows, groupSessions, _context.Now) { WorkflowTitles = titles };
    }

    private List<ClientSnapshot> Page(CohortSnapshot cohort, long after, DateTime? since, IReadOnlyCollection<long>? only)
    {
        using var db = Open();
        var query = db.Enrolments.Include(e => e.Client).Where(e => e.CohortId == cohort.Cohort.Id && e.Id > after);
        if (only is not null) query = query.Where(e => only.Contains(e.Id));
        if (since is { } s)
            query = query.Where(e => e.EnrolledUtc >= s
                || db.Attendance.Any(a => a.EnrolmentId == e.Id && a.RecordedUtc >= s)
                || db.TestResults.Any(r => r.EnrolmentId == e.Id && r.RecordedUtc >= s)
                || db.Measures.Any(m => m.EnrolmentId == e.Id && (m.RecordedUtc >= s || m.StruckUtc >= s))
                || db.EnrolmentEvents.Any(v => v.EnrolmentId == e.Id && v.AtUtc >= s)
                || db.Instances.Any(i => i.EnrolmentId == e.Id && db.Journal.Any(j => j.InstanceId == i.Id && j.AtUtc >= s))
                || db.TreatmentPlans.Any(p => p.EnrolmentId == e.Id && p.SignedUtc >= s)
                || db.ProgressNotes.Any(n => n.EnrolmentId == e.Id && (n.SignedUtc >= s || n.CoSignedUtc >= s
                    || db.NoteAddenda.Any(a => a.ProgressNoteId == n.Id && a.CreatedUtc >= s))));
        var enrolments = query.OrderBy(e => e.Id).Take(PageSize).ToList();
        if (enrolments.Count == 0) return [];

        var ids = enrolments.Select(e => e.Id).ToList();
        var instances = db.Instances.Where(i => ids.Contains(i.EnrolmentId)).OrderBy(i => i.Id).ToList();
        var instanceIds = instances.Select(i => (long?)i.Id).ToList();
        var instancesOf = instances.ToLookup(i => i.EnrolmentId);
        var steps = db.Journal.Where(j => instanceIds.Contains(j.InstanceId))
            .OrderBy(j => j.Id)
            .Select(j => new { InstanceId = j.InstanceId!.Value, j.Week, j.ToStage, j.Trigger, j.AtUtc })
            .AsEnumerable()
            .ToLookup(j => j.InstanceId, j => new StageEntry(j.Week, j.ToStage, j.Trigger, j.AtUtc));
        var own = db.PlannedSessions.Where(p => p.EnrolmentId != null && ids.Contains(p.EnrolmentId.Value))
            .OrderBy(p => p.StartUtc).ThenBy(p => p.Id).AsEnumerable().ToLookup(p => p.EnrolmentId!.Value);
        var attendance = db.CurrentAttendance.Where(a => ids.Contains(a.EnrolmentId)).AsEnumerable().ToLookup(a => a.EnrolmentId);
        var results = db.TestResults.Where(r => ids.Contains(r.EnrolmentId))
            .OrderBy(r => r.CollectedOn).ThenBy(r => r.Id).AsEnumerable().ToLookup(r => r.EnrolmentId);
        var measures = db.Measures.AsNoTracking().Where(m => ids.Contains(m.EnrolmentId))
            .OrderBy(m => m.AnsweredOn).ThenBy(m => m.Id).AsEnumerable().ToLookup(m => m.EnrolmentId);
        var events = db.EnrolmentEvents.Where(v => ids.Contains(v.EnrolmentId))
            .OrderBy(v => v.Id).AsEnumerable().ToLookup(v => v.EnrolmentId);
        var plans = db.TreatmentPlans.Where(p => ids.Contains(p.EnrolmentId)).OrderBy(p => p.Version)
            .Select(p => new { p.Id, p.EnrolmentId, p.Version, p.SignedUtc, p.GoalsActive, p.GoalsAchieved, Source = p.SignedUtc == null ? null : p.Source }).ToList();
        var planIds = plans.Select(p => p.Id).ToList();
        var planOf = plans.ToDictionary(p => p.Id);
        var reviews = db.PlanReviews.Where(r => planIds.Contains(r.PlanId)).Select(r => new { r.PlanId, r.ReviewedOn }).AsEnumerable()
            .ToLookup(r => planOf[r.PlanId].EnrolmentId, r => (planOf[r.PlanId].Version, LocalDate.FromDateOnly(r.ReviewedOn)));
        var plansOf = plans.ToLookup(p => p.EnrolmentId, p => PlanFacts.Version(p.Version, p.SignedUtc, p.GoalsActive, p.GoalsAchieved, cohort.Zone));
        var today = cohort.ReadAt.InZone(cohort.Zone).Date;
        var notes = db.ProgressNotes.Where(n => ids.Contains(n.EnrolmentId)).OrderBy(n => n.Id).AsEnumerable().ToLookup(n => n.EnrolmentId);
        var addenda = db.NoteAddenda.Join(db.ProgressNotes.Where(n => ids.Contains(n.EnrolmentId)), a => a.ProgressNoteId, n => n.Id, (a, n) => new { a, n.EnrolmentId })
            .OrderBy(x => x.a.ProgressNoteId).ThenBy(x => x.a.Number).AsEnumerable().ToLookup(x => x.EnrolmentId, x => x.a);
        var clientIds = enrolments.Select(e => e.ClientId).Distinct().ToList();
        var consentRecords = db.Consents.AsNoTracking().Where(c => clientIds.Contains(c.ClientId)).OrderBy(c => c.Id).ToList();
        var recipients = consentRecords.Count == 0 ? new Dictionary<string, string>()
            : db.Recipients.AsNoTracking().ToDictionary(r => r.Id, r => r.Name);
        var consentIds = consentRecords.Select(c => c.Id).ToList();
        var forms = consentIds.Count == 0 ? new Dictionary<long, (string, string)>()
            : db.ConsentForms.AsNoTracking().Where(f => consentIds.Contains(f.ConsentId)).Select(f => new { f.ConsentId, f.FileName, f.Sha256 })
                .AsEnumerable().ToDictionary(f => f.ConsentId, f => (f.FileName, f.Sha256));
        var consents = consentRecords.ToLookup(c => c.ClientId, c => ConsentService.View(c, recipients, forms, today, cohort.ReadAt));
        var stored = StoredPlans.Context(cohort.Curriculum);
        var signedLast = plans.Where(p => p.Source is not null).GroupBy(p => p.EnrolmentId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!);
        var inForce = signedLast.ToDictionary(x => x.Key, x => StoredPlans.Read(x.Value.Source!, x.Value.Version, stored));
        // Each pinned definition is compiled once from its stored text, never from the file, which may have moved on.
        var definitions = instances.Select(i => i.DefinitionId).Distinct().ToDictionary(id => id, id => _context.Machine(db, id).Definition);

        return [.. enrolments.Select(e => new ClientSnapshot(
            e,
            e.Client!,
            cohort.RosterName(e.Client!),
            [.. instancesOf[e.Id].Select(i => new InstanceSnapshot(i, definitions[i.DefinitionId], [.. steps[i.Id]]))],
            [.. own[e.Id]],
            attendance[e.Id].ToDictionary(a => a.PlannedSessionId),
            [.. results[e.Id]],
            [.. events[e.Id]],
            PlanStandings.Of([.. plansOf[e.Id]], [.. reviews[e.Id]], cohort.Program.PlanReviewDays, today),
            inForce.GetValueOrDefault(e.Id),
            signedLast.GetValueOrDefault(e.Id)?.SignedUtc,
            new PlanHistory([.. plansOf[e.Id]], [.. reviews[e.Id]], cohort.Program.PlanReviewDays),
            [.. notes[e.Id]],
            [.. addenda[e.Id]],
            [.. consents[e.ClientId]])
        {
            Measures = [.. measures[e.Id]],
        })];
    }
}
