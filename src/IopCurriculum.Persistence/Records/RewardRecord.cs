namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A contingency-management reward a workflow granted (usually for a negative test): earned when the
/// action ran, handed to the client later by a member of staff, who records it.
/// </summary>
public sealed class RewardRecord
{
    public long Id { get; set; }
    /// <summary>The outbox action that granted it; unique, so a repeated action grants nothing twice.</summary>
    public long OutboxId { get; set; }
    public required string CohortId { get; set; }
    public long EnrolmentId { get; set; }
    public required string ClientId { get; set; }
    public decimal Amount { get; set; }
    public string? Reason { get; set; }
    /// <summary>The test result whose recording earned it, when a test did.</summary>
    public long? TestResultId { get; set; }
    public DateTime EarnedUtc { get; set; }
    public DateTime? GivenUtc { get; set; }
    public string? GivenBy { get; set; }
}
