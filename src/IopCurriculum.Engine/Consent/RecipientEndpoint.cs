using IopCurriculum.Consent;

namespace IopCurriculum.Engine.Consent;

/// <summary>A recipient's FHIR server: where <c>refresh-care-plan</c> pushes the care plans of clients who consented.</summary>
/// <param name="Token">The bearer token the server expects, or null for none.</param>
public sealed record RecipientEndpoint(Recipient Recipient, Uri Url, string? Token);
