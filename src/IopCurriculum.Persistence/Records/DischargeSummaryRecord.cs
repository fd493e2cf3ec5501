namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One version of a client's discharge summary and aftercare plan in one enrolment, signed by the
/// clinician who wrote it. A correction is a new version with its reason; none is ever changed.
/// </summary>
public sealed class DischargeSummaryRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public int Version { get; set; }
    /// <summary>The summary as written (YAML or JSON).</summary>
    public required string Source { get; set; }
    /// <summary>Why the course ended, as the summary says: completed, transferred, left, discharged or other.</summary>
    public required string DischargeReason { get; set; }
    /// <summary>Why this version corrects the one before; null for the first.</summary>
    public string? Correction { get; set; }
    public required string SignedBy { get; set; }
    public DateTime SignedUtc { get; set; }
}
