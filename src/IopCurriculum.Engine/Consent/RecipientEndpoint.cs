using IopCurriculum.Consent;

namespace IopCurriculum.Engine.Consent;

/// <summary>A recipient's FHIR server: where <c>refresh-care-plan</c> pushes the care plans of clients who consented.</summary>
/// <param name="Token">A fixed bearer token the server expects, or null.</param>
/// <param name="Credentials">How to get short-lived tokens from the server's own token service instead, or null.</param>
public sealed record RecipientEndpoint(Recipient Recipient, Uri Url, string? Token, ClientCredentials? Credentials = null);

/// <summary>OAuth 2.0 client credentials: what is posted to <paramref name="TokenUrl"/> for an access token.</summary>
public sealed record ClientCredentials(Uri TokenUrl, string ClientId, string Secret, string Scope)
{
    /// <summary>What a push asks for when no scope is named: writing every resource type, as a system.</summary>
    public const string DefaultScope = "system/*.write";
}
