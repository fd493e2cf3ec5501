using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Library;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Setup;

/// <summary>Creates cohorts: registers their workflow versions and plans every group session, in one transaction.</summary>
public sealed class CohortService
{
    private readonly EngineContext _context;
    private readonly CurriculumLibrary _library;

    internal CohortService(EngineContext context, CurriculumLibrary library)
    {
        _context = context;
        _library = library;
    }

    public CreatedCohort Create(CohortRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ProgramRecord program;
        using (var db = _context.Database.Open())
            program = db.Programs.AsNoTracking().SingleOrDefault(p => p.Id == request.ProgramId)
                ?? throw EngineException.NotFound(UnknownProgram(db, request.ProgramId));

        var zone = Definitions.Calendars.TimeZones.Find(program.TimeZone)!;
        var today = _context.Now.InZone(zone).Date;
        if (request.Start < today)
            throw EngineException.InvalidField("start", $"the start date {request.Start:uuuu-MM-dd} is in the past: today is {today:uuuu-MM-dd} in {zone.Id}");

        // A cohort always runs a stored version: a folder is read whole now and stored with the cohort.
        var candidate = _library.Read(request.CurriculumPath);
        var curriculum = candidate.Curriculum;
        var calendar = ProgramCalendars.Read(program, curriculum, zone);
        var weeks = request.Weeks ?? curriculum.Weeks;
        if (weeks < 1) throw EngineException.InvalidField("weeks", "the number of weeks must be at least 1");
        if (!request.OpenGroups && weeks > curriculum.Weeks)
            throw EngineException.Invalid($"a closed cohort runs the curriculum once ({curriculum.Weeks} weeks); use open groups to run {weeks} weeks");
        if (request.WorkflowPaths.Count == 0) throw EngineException.InvalidField("workflow", "a cohort needs a workflow definition");

        var definitions = request.WorkflowPaths.Select(path => (Path: path, Definition: DefinitionCatalog.LoadFile(path))).ToList();
        foreach (var (path, definition) in definitions)
        {
            var missing = definition.TrackCodes.Where(code => curriculum.FindTrack(new TrackCode(code)) is null).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                throw EngineException.Invalid($"{path}: the workflow counts sessions of {string.Join(", ", missing)}, which curriculum {curriculum.Id} does not have (tracks: {string.Join(", ", curriculum.Tracks.Select(t => t.Code))})");
        }
        var duplicateName = definitions.GroupBy(d => d.Definition.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null) throw EngineException.Invalid($"workflow {duplicateName.Key} is given twice");

        var seed = request.Seed ?? request.Start.ToDateOnly().DayNumber;
        var plan = WeekPlanner.Plan(curriculum, calendar, request.Start, new PlanOptions
        {
            Weeks = weeks,
            Groups = request.OpenGroups ? GroupMode.Open : GroupMode.Closed,
            Seed = seed,
        });
        var id = request.Id ?? $"{program.Id}-{request.Start:uuuu-MM-dd}";
        ProgramService.CheckId(id, "cohort");

        var created = UnitOfWork.Run(_context, db =>
        {
            if (db.Cohorts.Any(c => c.Id == id))
                throw EngineException.ConflictField("id", $"cohort '{id}' already exists; give it another id");
            var now = _context.UtcNow;
            var pinned = _library.Store(db, candidate, request.Actor);
            var cohort = new CohortRecord
            {
                Id = id,
                ProgramId = program.Id,
                CurriculumId = curriculum.Id.Value,
                CurriculumPath = _library.FolderOf(pinned.Version.CurriculumId, pinned.Version.Version),
                CurriculumHash = candidate.Hash,
                StartDate = request.Start.ToDateOnly(),
                Weeks = weeks,
                OpenGroups = request.OpenGroups,
                Seed = seed,
                CreatedUtc = now,
            };
            db.Cohorts.Add(cohort);
            foreach (var (path, definition) in definitions)
                cohort.Workflows.Add(new CohortWorkflowRecord { CohortId = id, Definition = DefinitionCatalog.Register(db, definition, Path.GetFileName(path), now) });
            // Individual sessions are booked per client at enrolment, not per group.
            foreach (var session in plan.Sessions.Where(s => s.Track.Schedule.Cadence != Cadence.AsNeeded))
                db.PlannedSessions.Add(SessionRows.From(session, id));
            db.Journal.Add(new JournalRecord
            {
                CohortId = id,
                FromStage = "",
                ToStage = "week 1",
                Trigger = TriggerNames.CohortCreated,
                OccurrenceKey = OccurrenceKeys.CohortCreated(id),
                Week = 0,
                Actor = request.Actor,
                AtUtc = now,
                Reason = $"{curriculum.Id} from {request.Start:uuuu-MM-dd}, {weeks} weeks, {(request.OpenGroups ? "open" : "closed")} groups",
            });
            return cohort;
        });
        // Written from the stored version; a crash before this is mended on the cohort's next load.
        _library.Materialize(created.CurriculumId, curriculum.Version);
        return CreatedCohort.From(created);
    }

    internal static string Unknown(IopDbContext db, string id)
    {
        var known = db.Cohorts.AsNoTracking().Select(c => c.Id).ToList();
        return $"no cohort '{id}'{Suggestions.Hint(id, known)}";
    }

    internal static string UnknownProgram(IopDbContext db, string id)
    {
        var known = db.Programs.AsNoTracking().Select(c => c.Id).ToList();
        return known.Count == 0
            ? $"no program '{id}'; create one first with 'iop program create'"
            : $"no program '{id}'{Suggestions.Hint(id, known)}";
    }

    internal static (CohortRecord Cohort, CohortSetting Setting) Find(EngineContext context, IopDbContext db, string cohortId)
    {
        // Split: as one query, SQLite materialises every cohort's workflows (with their source) before the
        // join, so each call grew with the number of cohorts; the second query reads only this cohort's.
        var cohort = db.Cohorts.Include(c => c.Program).Include(c => c.Workflows).ThenInclude(w => w.Definition)
            .AsSplitQuery()
            .SingleOrDefault(c => c.Id == cohortId) ?? throw EngineException.NotFound(Unknown(db, cohortId));
        return (cohort, context.Setting(cohort, cohort.Program!));
    }
}
