namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A client's written consent to disclose their SUD records (42 CFR Part 2 as amended in 2024), or their
/// recorded refusal. Its terms never change once recorded; revocation is set once, takes effect from the
/// instant it is recorded and does not undo disclosures made before.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    /// <summary><c>tpo</c> (treatment, payment and health-care operations until revoked), <c>specific</c> or <c>declined</c>.</summary>
    public required string Kind { get; set; }
    /// <summary>The organization it names, or null where it names a class of recipient.</summary>
    public string? RecipientId { get; set; }
    /// <summary>The class of recipient it names where no single organization is named.</summary>
    public string? RecipientClass { get; set; }
    /// <summary>Purposes it allows, comma-separated <c>DisclosurePurposes</c> words.</summary>
    public required string Purposes { get; set; }
    /// <summary>What a specific-purpose consent is for, in the client's words.</summary>
    public string? PurposeText { get; set; }
    /// <summary><c>all</c> SUD records, or <c>no-progress-notes</c>; SUD counseling notes are never covered.</summary>
    public required string Covers { get; set; }
    public DateOnly EffectiveOn { get; set; }
    /// <summary>The last day it is in effect, or null for a TPO consent that lasts until revoked.</summary>
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly SignedOn { get; set; }
    public string? Witness { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateOnly? RevokedOn { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevocationNote { get; set; }
}
