namespace IopCurriculum.Persistence.Records;

/// <summary>A dated session: a group session of the cohort, or an individual one booked for a client.</summary>
public sealed class PlannedSessionRecord
{
    public long Id { get; set; }
    public required string CohortId { get; set; }
    /// <summary>Set for an individual session; null for a group session.</summary>
    public long? EnrolmentId { get; set; }
    public int Week { get; set; }
    public required string TrackCode { get; set; }
    public int Occurrence { get; set; }
    /// <summary>The curriculum session, or null where the group picks its topic.</summary>
    public int? SessionNumber { get; set; }
    public DateTime StartUtc { get; set; }
    /// <summary>Local date and time in the program's zone, as written on the guide (ISO, e.g. 2027-01-04T18:00).</summary>
    public required string LocalStart { get; set; }
    public int Minutes { get; set; }
    public required string Status { get; set; }
    public string? Room { get; set; }
    public string? Note { get; set; }
    /// <summary>Why the session was booked, for individual sessions (e.g. a positive test).</summary>
    public string? Reason { get; set; }
}
