namespace IopCurriculum.Persistence.Records;

/// <summary>
/// A client's progress note for one session: a draft until signed, then locked (only a supervisor's
/// co-signature may still be added); later words are addenda. The session's shared narrative is
/// copied in when the note is signed, so the signed note keeps what it said.
/// </summary>
public sealed class ProgressNoteRecord
{
    public long Id { get; set; }
    public long PlannedSessionId { get; set; }
    public long EnrolmentId { get; set; }
    /// <summary>The note format's code (DAP, BIRP, SOAP) the sections follow.</summary>
    public required string Format { get; set; }
    /// <summary>The sections as a JSON object, keyed by the format's section keys.</summary>
    public required string Sections { get; set; }
    public int? Minutes { get; set; }
    /// <summary>The treatment-plan version the goals are from, or null with no goals.</summary>
    public int? PlanVersion { get; set; }
    /// <summary>The goals the note speaks to, as a JSON array of their places and statements.</summary>
    public required string Goals { get; set; }
    /// <summary>The session's shared narrative as it stood when the note was signed; null before.</summary>
    public string? SessionNarrative { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public string? SignedBy { get; set; }
    public DateTime? SignedUtc { get; set; }
    /// <summary>Signed more than 72 hours after the session ended.</summary>
    public bool LateEntry { get; set; }
    /// <summary>The signer's notes need a supervisor's co-signature before they are complete.</summary>
    public bool CoSignatureRequired { get; set; }
    public string? CoSignedBy { get; set; }
    public DateTime? CoSignedUtc { get; set; }
}
