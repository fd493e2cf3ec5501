namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One version of a curriculum as a clinical lead uploaded it (or as the first run imported it from the
/// repository), kept whole so versions can be compared and cohorts can be started on any of them.
/// </summary>
public sealed class CurriculumVersionRecord
{
    public long Id { get; set; }
    public required string CurriculumId { get; set; }
    public required string Version { get; set; }
    public required string Title { get; set; }
    /// <summary>The curriculum's files as a JSON object of relative path to text, <c>curriculum.yaml</c> first.</summary>
    public required string Files { get; set; }
    /// <summary>SHA-256 of the files, so the same upload twice is recognised.</summary>
    public required string ContentHash { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedUtc { get; set; }
}
