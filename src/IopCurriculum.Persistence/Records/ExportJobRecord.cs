namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A FHIR Bulk Data export requested over HTTP: accepted at once, run in the background, and its NDJSON
/// files served to the same requester until they expire.
/// </summary>
public sealed class ExportJobRecord
{
    /// <summary>A random id that is also the job's status address.</summary>
    public required string Id { get; set; }
    public required string RequestedBy { get; set; }
    /// <summary>The kick-off request's URL, echoed in the completion manifest.</summary>
    public required string Request { get; set; }
    /// <summary>Resource types asked for (<c>_type</c>), comma-separated, or empty for all.</summary>
    public required string Types { get; set; }
    /// <summary>The <c>_since</c> instant, if any.</summary>
    public DateTime? SinceUtc { get; set; }
    /// <summary><c>accepted</c>, <c>running</c>, <c>complete</c>, <c>failed</c> or <c>cancelled</c>.</summary>
    public required string Status { get; set; }
    public DateTime RequestedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    /// <summary>The folder the NDJSON files were written to.</summary>
    public string? Folder { get; set; }
    /// <summary>The output files as <c>type=file:count</c> entries separated by semicolons.</summary>
    public string? Outputs { get; set; }
    public string? Error { get; set; }
}
