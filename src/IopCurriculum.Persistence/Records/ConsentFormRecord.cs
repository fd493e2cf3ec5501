namespace IopCurriculum.Persistence.Records;

/// <summary>The scanned, signed consent form kept with a consent; one per consent, never replaced.</summary>
public sealed class ConsentFormRecord
{
    public long Id { get; set; }
    public long ConsentId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>Lower-case hex SHA-256 of the content, so a printed copy can be matched to it.</summary>
    public required string Sha256 { get; set; }
    public DateTime StoredUtc { get; set; }
    public required string StoredBy { get; set; }
}
