using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>An API token as staff see it: its label and prefix, whose it is, and when it stops. Its hash is not in it.</summary>
/// <param name="Name">What the token is for, such as the EHR it was given to.</param>
/// <param name="Prefix">The token's first characters, so staff can tell tokens apart without the secret.</param>
public sealed record ApiTokenListing(long Id, long UserId, string Name, string Prefix, DateTime CreatedUtc, DateTime? ExpiresUtc, DateTime? RevokedUtc)
{
    internal static ApiTokenListing From(ApiTokenRecord token) =>
        new(token.Id, token.UserId, token.Name, token.Prefix, token.CreatedUtc, token.ExpiresUtc, token.RevokedUtc);
}
