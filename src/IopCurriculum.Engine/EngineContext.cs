using System.Collections.Concurrent;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Library;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine;

/// <summary>What every cohort service shares: the work context, compiled definitions, and the curricula and calendars cohorts run.</summary>
internal sealed class EngineContext(IopDatabase database, TimeProvider clock) : WorkContext(database, clock)
{
    private readonly ConcurrentDictionary<long, WorkflowMachine> _machines = new();
    private readonly ConcurrentDictionary<(string Program, string? Source, string Curriculum), ProgramCalendar> _calendars = new();

    private readonly ConcurrentDictionary<(string Path, string Hash), bool> _checkedCurricula = new();

    /// <summary>The curriculum library, which writes stored versions back to their folders.</summary>
    public CurriculumLibrary? Library { get; set; }

    /// <summary>The machine for a stored definition version, compiled from the stored text, never from the file.</summary>
    public WorkflowMachine Machine(WorkflowDefinitionRecord record) =>
        _machines.GetOrAdd(record.Id, _ =>
        {
            var loaded = WorkflowLoader.Parse(record.Source, record.SourceName);
            if (!loaded.Succeeded)
                throw EngineException.Invalid($"stored workflow {record.Name} v{record.Version} no longer loads", [.. loaded.Diagnostics.Select(d => d.ToString())]);
            return WorkflowMachine.Compile(loaded.Value);
        });

    /// <summary>
    /// The machine for a stored definition version by its id. The definition row, with its whole source,
    /// is read only when the machine is not compiled yet, so a caller running once per instance need not load it.
    /// </summary>
    public WorkflowMachine Machine(IopDbContext db, long definitionId) =>
        _machines.TryGetValue(definitionId, out var machine)
            ? machine
            : Machine(db.WorkflowDefinitions.AsNoTracking().Single(d => d.Id == definitionId));

    /// <summary>
    /// The curriculum a cohort runs, once its folder is found to hold exactly the content the cohort was
    /// created with. A library folder that no longer matches is written again from the stored version;
    /// any other mismatch is refused, never run silently.
    /// </summary>
    public Curriculum CohortCurriculum(CohortRecord cohort)
    {
        _checkedCurricula.GetOrAdd((cohort.CurriculumPath, cohort.CurriculumHash), key =>
        {
            if (Matches(key.Path, key.Hash)) return true;
            if (Library?.Restore(cohort.CurriculumId, key.Hash, key.Path) == true && Matches(key.Path, key.Hash))
            {
                Forget(key.Path);
                return true;
            }
            throw EngineException.Invalid(
                $"the curriculum of cohort {cohort.Id} at {key.Path} has changed since the cohort was created " +
                $"(created from {ContentHash.Short(key.Hash)}); put the files back as they were, or start a new cohort on the edited curriculum");
        });
        return Curriculum(cohort.CurriculumPath);
    }

    private static bool Matches(string path, string hash) =>
        (Directory.Exists(path) || File.Exists(path)) && CurriculumFingerprint.Of(path) == hash;

    /// <summary>Everything needed to place a cohort's sessions: its curriculum, calendar and weeks.</summary>
    public CohortSetting Setting(CohortRecord cohort, ProgramRecord program)
    {
        var curriculum = CohortCurriculum(cohort);
        var zone = TimeZones.Find(program.TimeZone)
            ?? throw EngineException.Invalid($"program {program.Id} names an unknown time zone '{program.TimeZone}'");
        return new CohortSetting(
            cohort,
            program,
            curriculum,
            // Keyed by the stored text, so an edited calendar is read afresh.
            _calendars.GetOrAdd((program.Id, program.CalendarSource, cohort.CurriculumPath), _ => ProgramCalendars.Read(program, curriculum, zone)),
            new CohortCalendar(LocalDate.FromDateOnly(cohort.StartDate), zone, cohort.Weeks));
    }
}

/// <summary>A cohort with its curriculum and calendars, loaded for one unit of work.</summary>
internal sealed record CohortSetting(
    CohortRecord Cohort,
    ProgramRecord Program,
    Curriculum Curriculum,
    ProgramCalendar Calendar,
    CohortCalendar Weeks);
