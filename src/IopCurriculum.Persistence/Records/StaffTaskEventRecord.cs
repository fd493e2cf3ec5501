namespace IopCurriculum.Persistence.Records;

/// <summary>A task's history: made, reassigned (to whom, by whom, why) and done.</summary>
public sealed class StaffTaskEventRecord
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    /// <summary>created, reassigned or done.</summary>
    public required string Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public string? Text { get; set; }
}
