namespace IopCurriculum.Persistence.Records;

/// <summary>
/// Something that happened to an outbox action: a try that failed, its becoming an incident, a retry or
/// dismissal asked for by a person (with who and why), or its being done.
/// </summary>
public sealed class ActionEventRecord
{
    public long Id { get; set; }
    public long OutboxId { get; set; }
    /// <summary>done, failed, incident, retried or dismissed.</summary>
    public required string Kind { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    /// <summary>The error, the outcome, or the person's reason.</summary>
    public string? Text { get; set; }
}
