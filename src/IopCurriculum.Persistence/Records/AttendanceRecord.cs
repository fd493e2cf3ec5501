namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One entry of a client's attendance at a session. A correction adds a new revision; the highest
/// revision is current and the earlier ones stay as history.
/// </summary>
public sealed class AttendanceRecord
{
    public long Id { get; set; }
    public long PlannedSessionId { get; set; }
    public long EnrolmentId { get; set; }
    public int Revision { get; set; }
    public required string Status { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string Actor { get; set; }
    public string? Note { get; set; }

    public PlannedSessionRecord? Session { get; set; }
}
