using System.Collections.Concurrent;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine;

/// <summary>What every service shares: the database, the clock, and compiled definitions and curricula.</summary>
internal sealed class EngineContext(IopDatabase database, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, WorkflowMachine> _machines = new();
    private readonly ConcurrentDictionary<string, Curriculum> _curricula = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Program, string? Source, string Curriculum), ProgramCalendar> _calendars = new();

    public IopDatabase Database { get; } = database;
    public TimeProvider Clock { get; } = clock;

    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

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

    public Curriculum Curriculum(string path) =>
        _curricula.GetOrAdd(path, p =>
        {
            var loaded = CurriculumLoader.Load(p);
            if (!loaded.Succeeded)
                throw EngineException.Invalid($"the curriculum at {p} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
            return loaded.Value;
        });

    /// <summary>Everything needed to place a cohort's sessions: its curriculum, calendar and weeks.</summary>
    public CohortSetting Setting(CohortRecord cohort, ProgramRecord program)
    {
        var curriculum = Curriculum(cohort.CurriculumPath);
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
