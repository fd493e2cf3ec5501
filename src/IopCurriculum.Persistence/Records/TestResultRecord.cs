namespace IopCurriculum.Persistence.Records;

/// <summary>A urine or breath test result for a client.</summary>
public sealed class TestResultRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public DateOnly CollectedOn { get; set; }
    public required string Kind { get; set; }
    public required string Outcome { get; set; }
    /// <summary>Substances detected, as the lab wrote them; null for a negative test.</summary>
    public string? Substances { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string Actor { get; set; }
}
