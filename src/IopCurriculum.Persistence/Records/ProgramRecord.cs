namespace IopCurriculum.Persistence.Records;

/// <summary>A treatment program: where its calendar and time zone live.</summary>
public sealed class ProgramRecord
{
    /// <summary>A short name staff type, such as <c>eastside</c>.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>IANA zone id; every session and week boundary is scheduled in it.</summary>
    public required string TimeZone { get; set; }
    /// <summary>The program calendar file's text (timetable, open days, closures), or null for the curriculum's own times.</summary>
    public string? CalendarSource { get; set; }
    public string? CalendarName { get; set; }
    /// <summary>How rosters name clients; see the guides.</summary>
    public string RosterNames { get; set; } = "first-name-last-initial";
    /// <summary>
    /// The identifier system FHIR exports give client ids (Patient.identifier), such as the EHR's MRN system;
    /// null for <c>urn:iop:{program}:client</c>. It is the only identifier an export discloses.
    /// </summary>
    public string? ClientIdSystem { get; set; }
    /// <summary>Whether FHIR exports carry urine and breath results as Observations. Off unless the program opts in.</summary>
    public bool ExportTestResults { get; set; }
    /// <summary>How many days a signed treatment plan runs before it is due for review.</summary>
    public int PlanReviewDays { get; set; } = 30;
    /// <summary>The progress-note format its notes are written in (DAP unless chosen).</summary>
    public string NoteFormat { get; set; } = "DAP";
    /// <summary>Roles, comma-separated, that may read SUD counseling notes besides their author; empty for none.</summary>
    public string CounselingNoteRoles { get; set; } = "";
    /// <summary>The SMTP server (<c>host</c> or <c>host:port</c>) task notices go through, or null for none.</summary>
    public string? MailServer { get; set; }
    /// <summary>The address task notices come from.</summary>
    public string? MailFrom { get; set; }
    /// <summary>How many hours a task the workflow makes is given before it is due.</summary>
    public int TaskDueHours { get; set; } = 24;
    /// <summary>The program's own measure schedule as YAML, or null for the schedule shipped in <c>curricula/measures/schedule.yaml</c>.</summary>
    public string? MeasureSchedule { get; set; }
    public DateTime CreatedUtc { get; set; }
}
