namespace IopCurriculum.Access;

/// <summary>A token as issued: the secret is in <see cref="Token"/> and nowhere else.</summary>
public sealed record IssuedToken(string Token, ApiTokenListing Listing);
