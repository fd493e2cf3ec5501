namespace IopCurriculum.Persistence.Records;

/// <summary>
/// An organization records may be disclosed to under 42 CFR Part 2: an EHR, a payer, an information
/// exchange. Integrator accounts act for one; a consent names one, or the class it belongs to.
/// </summary>
public sealed class RecipientRecord
{
    /// <summary>A short id staff type, such as <c>county-ehr</c>.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Its class of recipient (a <c>RecipientClasses</c> word), which a consent may name instead of the organization.</summary>
    public required string Class { get; set; }
    /// <summary>The purpose its requests are made for (a <c>DisclosurePurposes</c> word), such as <c>treatment</c>.</summary>
    public required string Purpose { get; set; }
    /// <summary>The FHIR server care plans are pushed to as transaction Bundles, if the program sends them there.</summary>
    public string? FhirEndpoint { get; set; }
    /// <summary>The bearer token that server expects, if any. Kept to be sent, so it is stored as given.</summary>
    public string? FhirToken { get; set; }
    /// <summary>
    /// Where access tokens for that server are had by OAuth 2.0 client credentials, if it issues its own;
    /// with the client id, secret and scope to ask with.
    /// </summary>
    public string? FhirTokenUrl { get; set; }
    public string? FhirClientId { get; set; }
    public string? FhirClientSecret { get; set; }
    public string? FhirScope { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
}
