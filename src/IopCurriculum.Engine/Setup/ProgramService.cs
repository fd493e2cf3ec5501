using System.Text.RegularExpressions;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Input;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Setup;

/// <summary>Creates and finds treatment programs.</summary>
public sealed partial class ProgramService
{
    private readonly EngineContext _context;

    internal ProgramService(EngineContext context) => _context = context;

    /// <param name="id">A short name such as <c>eastside</c>: lower-case letters, digits and hyphens.</param>
    /// <param name="timeZone">IANA zone; may be left out when the calendar names one.</param>
    /// <param name="calendarPath">A program calendar file (timetable, open days, closures).</param>
    /// <param name="rosterNames">How printed rosters name clients (a <see cref="RosterStyles"/> word); by default first name and last initial.</param>
    public ProgramSummary Create(string id, string name, string? timeZone, string? calendarPath, string? rosterNames = null)
    {
        CheckId(id, "program");
        if (string.IsNullOrWhiteSpace(name)) throw EngineException.InvalidField("name", "a program needs a name");
        name = FieldRules.Name(name, "the program name", 200);
        var roster = rosterNames is null ? RosterStyle.FirstNameLastInitial
            : RosterStyles.Parse(rosterNames) ?? throw EngineException.InvalidField("roster-names", $"rosters cannot name clients as '{rosterNames}': use one of {string.Join(", ", RosterStyles.Words)}");

        NodaTime.DateTimeZone? zone = null;
        if (timeZone is not null)
            zone = TimeZones.Find(timeZone) ?? throw EngineException.InvalidField("tz", TimeZones.UnknownMessage(timeZone));

        string? source = null;
        if (calendarPath is not null)
        {
            var loaded = ProgramCalendarLoader.Load(calendarPath, null, zone);
            if (!loaded.Succeeded)
                throw EngineException.Invalid($"the calendar {calendarPath} does not load", [.. loaded.Diagnostics.Select(d => d.ToString())]);
            zone ??= loaded.Value.TimeZone;
            source = Definitions.Files.DefinitionFile.TryRead(calendarPath, out var text) is { } problem
                ? throw EngineException.Invalid($"the calendar {calendarPath} {problem}")
                : text;
        }
        if (zone is null)
            throw EngineException.InvalidField("tz", "give the program's time zone (e.g. America/Los_Angeles) or a calendar file that names one");

        return ProgramSummary.From(UnitOfWork.Run(_context, db =>
        {
            if (db.Programs.Any(p => p.Id == id)) throw EngineException.Conflict($"program '{id}' already exists");
            var program = new ProgramRecord
            {
                Id = id,
                Name = name.Trim(),
                TimeZone = zone.Id,
                CalendarSource = source,
                CalendarName = calendarPath is null ? null : Path.GetFileName(calendarPath),
                RosterNames = roster.Word(),
                CreatedUtc = _context.UtcNow,
            };
            db.Programs.Add(program);
            return program;
        }));
    }

    public IReadOnlyList<ProgramSummary> List()
    {
        using var db = _context.Database.Open();
        return [.. db.Programs.OrderBy(p => p.Id).AsEnumerable().Select(ProgramSummary.From)];
    }

    /// <summary>The dates a program is closed, from its stored calendar.</summary>
    public IReadOnlyList<DateOnly> ClosuresOf(string programId)
    {
        using var db = _context.Database.Open();
        var program = db.Programs.SingleOrDefault(p => p.Id == programId)
            ?? throw EngineException.NotFound(CohortService.UnknownProgram(db, programId));
        return Closures(program);
    }

    /// <summary>The dates a program is closed, from the stored calendar of a row the caller has read already (the scheduler reads every program at once).</summary>
    public static IReadOnlyList<DateOnly> Closures(ProgramRecord program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var zone = TimeZones.Find(program.TimeZone) ?? NodaTime.DateTimeZone.Utc;
        return [.. ProgramCalendars.Read(program, null, zone).Closures.Select(c => c.Date.ToDateOnly()).Order()];
    }

    internal static void CheckId(string id, string what)
    {
        if (string.IsNullOrEmpty(id) || !IdPattern().IsMatch(id))
            throw EngineException.Invalid($"'{id}' is not a valid {what} id: use lower-case letters, digits and hyphens, such as eastside-2027-01");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
