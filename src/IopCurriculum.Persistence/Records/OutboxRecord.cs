namespace IopCurriculum.Persistence.Records;

/// <summary>
/// An action a transition asks for (tell the team, refresh the care plan, render the guides), written
/// in the same transaction as the transition so it is never lost or sent for a transition that rolled
/// back. The dispatcher claims it, runs its handler and records what came of it.
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
    /// <summary>When it was done or dismissed.</summary>
    public DateTime? ProcessedUtc { get; set; }

    /// <summary>Unique and carrying nothing about the client: what a handler and a receiver recognise a repeat by.</summary>
    public required string IdempotencyKey { get; set; }
    /// <summary>An <c>OutboxStates</c> word: pending, done, incident or dismissed.</summary>
    public required string State { get; set; }
    /// <summary>Failed tries since it was written or last retried by hand.</summary>
    public int Attempts { get; set; }
    /// <summary>When a pending action may next be tried.</summary>
    public DateTime NextAttemptUtc { get; set; }
    /// <summary>The claim of the dispatcher working on it, if any, and until when that claim holds.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime? FirstFailureUtc { get; set; }
    public DateTime? LastFailureUtc { get; set; }
    public string? LastError { get; set; }
    /// <summary>What it did, in words, once done.</summary>
    public string? Outcome { get; set; }

    public JournalRecord? Journal { get; set; }
}
