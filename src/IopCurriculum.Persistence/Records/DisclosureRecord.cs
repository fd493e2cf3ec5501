namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One client's records disclosed to one recipient: the line a client's accounting of disclosures
/// prints. Written in the same transaction as the audit of the request or export that disclosed them.
/// </summary>
public sealed class DisclosureRecord
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string ClientId { get; set; }
    public required string RecipientId { get; set; }
    /// <summary>The consent that allowed it, or null where a break-glass did.</summary>
    public long? ConsentId { get; set; }
    public long? BreakGlassId { get; set; }
    public required string Purpose { get; set; }
    /// <summary>How: <c>fhir-read</c>, <c>fhir-search</c>, <c>bulk-export</c>, <c>export</c>.</summary>
    public required string Channel { get; set; }
    /// <summary>What went: resource types and counts, such as <c>Patient 1, CarePlan 1, Encounter 12</c>.</summary>
    public required string What { get; set; }
    public required string Actor { get; set; }
}
