using System.Security.Cryptography;
using System.Text;
using IopCurriculum.Access;
using IopCurriculum.Engine;

namespace IopCurriculum.Web.Security;

/// <summary>
/// The one-time link that lets the first person in on a new installation: made on start while no
/// administrator exists, printed on the machine's console only, valid for <see cref="Lifetime"/> and spent
/// once it has made the first administrator. Only the token's hash is kept, in memory, so a restart
/// makes a new link and the old one stops working.
/// </summary>
public sealed class SetupLink(IopEngine engine)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>The actor the audit names for the administrator the link makes.</summary>
    public const string Actor = "first-run-setup";

    private readonly Lock _gate = new();
    private byte[]? _hash;
    private DateTimeOffset _expires;
    private bool _used;

    /// <summary>
    /// A new token, replacing any earlier one, valid for an hour from now; null when an administrator
    /// exists and none is needed.
    /// </summary>
    public string? Issue()
    {
        if (engine.Users.AnyAdmin()) return null;
        var token = Secrets.New();
        lock (_gate)
        {
            _hash = Hash(token);
            _expires = engine.Clock.GetUtcNow() + Lifetime;
            _used = false;
        }
        return token;
    }

    /// <summary>Whether a token was issued and can still be used.</summary>
    public bool Pending
    {
        get
        {
            lock (_gate) return _hash is not null && !_used && engine.Clock.GetUtcNow() < _expires;
        }
    }

    public SetupLinkState Check(string? token)
    {
        if (engine.Users.AnyAdmin()) return SetupLinkState.AdministratorExists;
        lock (_gate) return StateOf(token);
    }

    /// <summary>
    /// Makes the first administrator with the link, in one transaction with its audit line, and spends the
    /// link; or, when the link cannot be used, writes nothing and says why.
    /// </summary>
    /// <exception cref="EngineException">The user name, display name or password is refused; the link stays usable.</exception>
    public (SetupLinkState State, UserAccount? User) Use(string? token, string userName, string displayName, string password)
    {
        // One use at a time, so two posts of the same link cannot both get through.
        lock (_gate)
        {
            if (engine.Users.AnyAdmin()) return (SetupLinkState.AdministratorExists, null);
            var state = StateOf(token);
            if (state != SetupLinkState.Usable) return (state, null);
            try
            {
                var user = engine.Users.CreateFirstAdministrator(userName, displayName, password, Actor);
                _used = true;
                return (SetupLinkState.Usable, user);
            }
            catch (EngineException e) when (e.Kind == ProblemKind.Conflict && engine.Users.AnyAdmin())
            {
                return (SetupLinkState.AdministratorExists, null);
            }
        }
    }

    private SetupLinkState StateOf(string? token)
    {
        if (_hash is null || string.IsNullOrEmpty(token) || !CryptographicOperations.FixedTimeEquals(Hash(token), _hash))
            return SetupLinkState.Unknown;
        if (_used) return SetupLinkState.Used;
        return engine.Clock.GetUtcNow() >= _expires ? SetupLinkState.Expired : SetupLinkState.Usable;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
