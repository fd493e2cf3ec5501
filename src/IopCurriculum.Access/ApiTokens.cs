using IopCurriculum.Engine;
using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>
/// Bearer tokens for integrators' systems on the FHIR API. A token belongs to an integrator and stops
/// working when it expires, is revoked, or its user is disabled or loses the role.
/// </summary>
public sealed class ApiTokens
{
    private readonly WorkContext _context;

    internal ApiTokens(WorkContext context) => _context = context;

    public IssuedToken Issue(string userName, string name, TimeSpan? lifetime, string actor)
    {
        if (string.IsNullOrWhiteSpace(name)) throw EngineException.Invalid("a token needs a name saying who it is for");
        name = FieldRules.Name(name, "the token name", 200);
        if (lifetime is { } span && span <= TimeSpan.Zero) throw EngineException.Invalid("a token's lifetime must be positive");
        var secret = "iop_" + Secrets.New();
        var wanted = userName.Trim().ToLowerInvariant();
        var issued = UnitOfWork.Run(_context, db =>
        {
            var user = db.Users.SingleOrDefault(u => u.UserName == wanted)
                ?? throw EngineException.NotFound($"user '{userName}' not found");
            if (!Roles.Parse(user.Roles).Contains(Roles.Integrator))
                throw EngineException.Invalid($"user '{user.UserName}' is not an integrator; tokens are for the FHIR API");
            var now = _context.UtcNow;
            var record = new ApiTokenRecord
            {
                UserId = user.Id,
                Name = name.Trim(),
                Hash = Secrets.Hash(secret),
                Prefix = secret[..10],
                CreatedUtc = now,
                ExpiresUtc = lifetime is { } life ? now + life : null,
            };
            db.ApiTokens.Add(record);
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = actor, Action = "token-issue", Resource = $"user {user.UserName} token {record.Prefix}…" });
            return record;
        });
        // Mapped once the unit has committed: the row's id is only known then.
        return new IssuedToken(secret, ApiTokenListing.From(issued));
    }

    /// <summary>The integrator a presented token belongs to, or null when it does not (or no longer) lets anyone in.</summary>
    public UserSignIn? Authenticate(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200) return null;
        var hash = Secrets.Hash(token);
        var now = _context.UtcNow;
        using var db = _context.Database.Open();
        var found = db.ApiTokens.Where(t => t.Hash == hash && t.RevokedUtc == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.ExpiresUtc, User = u })
            .SingleOrDefault();
        if (found is null || found.ExpiresUtc <= now || found.User.DisabledUtc is not null) return null;
        return Roles.Parse(found.User.Roles).Contains(Roles.Integrator) ? UserSignIn.From(found.User) : null;
    }

    public IReadOnlyList<ApiTokenListing> List(long? userId = null)
    {
        using var db = _context.Database.Open();
        var query = db.ApiTokens.AsQueryable();
        if (userId is { } id) query = query.Where(t => t.UserId == id);
        return [.. query.OrderBy(t => t.Id).AsEnumerable().Select(ApiTokenListing.From)];
    }

    public void Revoke(long tokenId, string actor) => Revoke(tokenId, null, actor);

    /// <summary>Revokes one of <paramref name="ownerId"/>'s own tokens; another user's token is not found, as if it did not exist.</summary>
    public void RevokeOwn(long ownerId, long tokenId, string actor) => Revoke(tokenId, ownerId, actor);

    private void Revoke(long tokenId, long? ownerId, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var token = db.ApiTokens.SingleOrDefault(t => t.Id == tokenId && (ownerId == null || t.UserId == ownerId))
                ?? throw EngineException.NotFound($"token {tokenId} not found");
            token.RevokedUtc ??= _context.UtcNow;
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = "token-revoke", Resource = $"token {token.Prefix}…" });
            return token;
        });
    }
}
