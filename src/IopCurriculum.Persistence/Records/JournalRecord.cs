namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One processed trigger: a stage change, a stay, a cohort's week boundary or a migration. The
/// occurrence key is unique, so the same scheduled occurrence can never be processed twice.
/// </summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public required string CohortId { get; set; }
    /// <summary>Null for the cohort's own entries (its week boundaries).</summary>
    public long? InstanceId { get; set; }
    public required string FromStage { get; set; }
    public required string ToStage { get; set; }
    public required string Trigger { get; set; }
    public required string OccurrenceKey { get; set; }
    /// <summary>The cohort week the occurrence belongs to.</summary>
    public int Week { get; set; }
    public required string Actor { get; set; }
    public DateTime AtUtc { get; set; }
    public string? Reason { get; set; }
}
