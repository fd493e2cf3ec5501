namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A declared medical emergency (42 CFR 2.51): for a limited time a recipient may read one client's
/// records without consent. Declared with a reason by a clinical lead, shown to administrators, and
/// every disclosure under it is logged against it.
/// </summary>
public sealed class BreakGlassRecord
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public required string RecipientId { get; set; }
    public required string Reason { get; set; }
    public required string DeclaredBy { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndsUtc { get; set; }
    /// <summary>Set when it is ended early.</summary>
    public DateTime? EndedUtc { get; set; }
    public string? EndedBy { get; set; }
}
