namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One disclosure of records to outside the program: who exported what, how many resources of each
/// type, and where they went. 42 CFR Part 2 programs must be able to account for every disclosure.
/// </summary>
public sealed class ExportAuditRecord
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    /// <summary>What was exported and how, such as <c>careplans ndjson</c>.</summary>
    public required string What { get; set; }
    /// <summary>Which records: a cohort, all cohorts or a curriculum, with the <c>--since</c> instant if any.</summary>
    public required string Scope { get; set; }
    /// <summary>Resources written per type, such as <c>Patient 12, CarePlan 12, Encounter 310</c>.</summary>
    public required string Counts { get; set; }
    public int Total { get; set; }
    /// <summary>The file or folder written, as a full path.</summary>
    public required string Destination { get; set; }
}
