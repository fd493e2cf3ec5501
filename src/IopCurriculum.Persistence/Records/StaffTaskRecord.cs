namespace IopCurriculum.Persistence.Records;

/// <summary>
/// Something a workflow asked the client's team to look at (a positive test, a client put on hold):
/// in the inbox of each person assigned until one of them marks it done.
/// </summary>
public sealed class StaffTaskRecord
{
    public long Id { get; set; }
    /// <summary>The outbox action that made it; unique, so a repeated action makes no second task.</summary>
    public long OutboxId { get; set; }
    public required string ProgramId { get; set; }
    public required string CohortId { get; set; }
    public required string ClientId { get; set; }
    public long? EnrolmentId { get; set; }
    public required string Title { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime DueUtc { get; set; }
    /// <summary>User names, comma-separated, of the people whose inbox it is in.</summary>
    public required string Assignees { get; set; }
    public DateTime? DoneUtc { get; set; }
    public string? DoneBy { get; set; }
    public string? DoneNote { get; set; }
}
