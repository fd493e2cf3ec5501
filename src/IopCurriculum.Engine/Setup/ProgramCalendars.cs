using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Setup;

/// <summary>Turns a program's stored calendar text back into a <see cref="ProgramCalendar"/>.</summary>
internal static class ProgramCalendars
{
    public static ProgramCalendar Read(ProgramRecord program, Curriculum? curriculum, DateTimeZone zone)
    {
        if (program.CalendarSource is null) return new ProgramCalendar(zone) { ProgramName = program.Name };
        var loaded = ProgramCalendarLoader.Parse(program.CalendarSource, program.CalendarName ?? $"program {program.Id} calendar", curriculum, zone);
        if (!loaded.Succeeded)
            throw EngineException.Invalid($"the calendar of program {program.Id} does not fit", [.. loaded.Diagnostics.Select(d => d.ToString())]);
        return loaded.Value;
    }
}
