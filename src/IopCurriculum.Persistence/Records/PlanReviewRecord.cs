namespace IopCurriculum.Persistence.Records;

/// <summary>A review of a signed plan version: the clinician looked at it with the client and it continues; the next review falls due from this one.</summary>
public sealed class PlanReviewRecord
{
    public long Id { get; set; }
    public long PlanId { get; set; }
    /// <summary>The day of the review, in the program's calendar.</summary>
    public DateOnly ReviewedOn { get; set; }
    public required string ReviewedBy { get; set; }
    public required string Note { get; set; }
    public DateTime RecordedUtc { get; set; }
}
