namespace IopCurriculum.Persistence.Records;

/// <summary>A session's shared narrative: what the group covered, written once for every client's note.</summary>
public sealed class SessionNarrativeRecord
{
    public long Id { get; set; }
    public long PlannedSessionId { get; set; }
    public required string Text { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
