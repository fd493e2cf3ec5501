using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Setup;

/// <summary>A treatment program as staff see it: its zone, its calendar's name and what its exports disclose.</summary>
/// <param name="TimeZone">IANA zone id; every session and week boundary is scheduled in it.</param>
/// <param name="CalendarName">The program calendar file's name, or null where the curriculum's own times are used.</param>
/// <param name="RosterNames">How printed rosters name clients (a <see cref="Domain.Guides.RosterStyles"/> word).</param>
/// <param name="ClientIdSystem">The identifier system FHIR exports give client ids, or null for the default.</param>
/// <param name="ExportTestResults">Whether FHIR exports carry urine and breath results as Observations.</param>
/// <param name="PlanReviewDays">Days a signed treatment plan runs before its review falls due.</param>
/// <param name="NoteFormat">The code of the format its progress notes are written in (DAP unless chosen).</param>
/// <param name="CounselingNoteReaders">The roles that may read SUD counseling notes besides their authors.</param>
public sealed record ProgramSummary(
    string Id,
    string Name,
    string TimeZone,
    string? CalendarName,
    string RosterNames,
    string? ClientIdSystem,
    bool ExportTestResults,
    int PlanReviewDays,
    string NoteFormat,
    IReadOnlyList<string> CounselingNoteReaders,
    DateTime CreatedUtc)
{
    internal static ProgramSummary From(ProgramRecord program) =>
        new(program.Id, program.Name, program.TimeZone, program.CalendarName, program.RosterNames,
            program.ClientIdSystem, program.ExportTestResults, program.PlanReviewDays,
            program.NoteFormat, Notes.CounselingNoteService.AllowedRoles(program), program.CreatedUtc);
}
