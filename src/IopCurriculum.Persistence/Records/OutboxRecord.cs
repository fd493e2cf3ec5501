namespace IopCurriculum.Persistence.Records;

/// <summary>
/// An action a transition asks for (plan sessions, render guides, refresh the care plan), written in
/// the same transaction as the transition so it is never lost or sent for a transition that rolled back.
/// </summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }
    public long JournalId { get; set; }
    public required string CohortId { get; set; }
    public long? EnrolmentId { get; set; }
    public required string Action { get; set; }
    /// <summary>The action's arguments as a JSON object.</summary>
    public required string Arguments { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? ProcessedUtc { get; set; }

    public JournalRecord? Journal { get; set; }
}
