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
    public DateTime CreatedUtc { get; set; }
}
