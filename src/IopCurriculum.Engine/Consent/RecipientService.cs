using IopCurriculum.Consent;
using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Consent;

/// <summary>The organizations records may be disclosed to: what consents name and integrator accounts act for.</summary>
public sealed class RecipientService
{
    private readonly EngineContext _context;

    internal RecipientService(EngineContext context) => _context = context;

    public Recipient Add(string id, string name, string recipientClass, string purpose, string actor)
    {
        if (string.IsNullOrWhiteSpace(id)) throw EngineException.Invalid("the recipient id is empty; give a short id such as county-ehr");
        var key = FieldRules.ClientId(id.Trim(), "the recipient id").ToLowerInvariant();
        var title = FieldRules.Name(name, "the recipient's name", 200);
        var @class = RecipientClasses.Words.Find(recipientClass) ?? throw EngineException.Invalid(RecipientClasses.Words.Unknown(recipientClass));
        var acts = DisclosurePurposes.RecipientWords.Find(purpose) ?? throw EngineException.Invalid(DisclosurePurposes.RecipientWords.Unknown(purpose));
        return UnitOfWork.Run(_context, db =>
        {
            if (db.Recipients.Any(r => r.Id == key)) throw EngineException.Conflict($"recipient '{key}' already exists");
            var record = new RecipientRecord { Id = key, Name = title, Class = @class.Word, Purpose = acts.Word, CreatedUtc = _context.UtcNow, CreatedBy = actor };
            db.Recipients.Add(record);
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = "recipient-add", Resource = $"recipient {key}" });
            return From(record);
        });
    }

    /// <summary>
    /// Sets the FHIR server a recipient's care plans are pushed to, with either the fixed bearer token it
    /// expects or the client credentials its token service issues tokens for; an empty address stops the
    /// pushes. Pushes still go only for clients whose consent covers the recipient.
    /// </summary>
    public RecipientEndpoint? SetEndpoint(string id, string? url, string? token, string actor, ClientCredentials? credentials = null)
    {
        Uri? address = null;
        if (!string.IsNullOrWhiteSpace(url)) address = WebAddress(url, "a FHIR server");
        if (credentials is not null)
        {
            if (address is null) throw EngineException.Invalid("client credentials need the FHIR server's address too");
            if (!string.IsNullOrWhiteSpace(token)) throw EngineException.Invalid("give either a bearer token or client credentials, not both");
            _ = WebAddress(credentials.TokenUrl.ToString(), "a token service");
            if (string.IsNullOrWhiteSpace(credentials.ClientId) || string.IsNullOrWhiteSpace(credentials.Secret))
                throw EngineException.Invalid("client credentials need the client id and its secret");
        }
        return UnitOfWork.Run(_context, db =>
        {
            var key = Require(db, id).Id;
            var record = db.Recipients.Single(r => r.Id == key);
            record.FhirEndpoint = address?.ToString().TrimEnd('/');
            record.FhirToken = address is null || string.IsNullOrWhiteSpace(token) ? null : token.Trim();
            record.FhirTokenUrl = address is null ? null : credentials?.TokenUrl.ToString();
            record.FhirClientId = address is null ? null : credentials?.ClientId.Trim();
            record.FhirClientSecret = address is null ? null : credentials?.Secret.Trim();
            record.FhirScope = address is null || credentials is null ? null : string.IsNullOrWhiteSpace(credentials.Scope) ? ClientCredentials.DefaultScope : credentials.Scope.Trim();
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = _context.UtcNow, Actor = actor, Action = "recipient-endpoint", Resource = $"recipient {key} endpoint {record.FhirEndpoint ?? "none"}" });
            return Endpoint(record);
        });
    }

    /// <summary>An https address, or http on this machine (a test server, a local relay).</summary>
    private static Uri WebAddress(string url, string what)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            throw EngineException.Invalid($"'{url}' is not the web address of {what}, such as https://ehr.example.org/fhir");
        if (address.Scheme == Uri.UriSchemeHttp && !address.IsLoopback)
            throw EngineException.Invalid($"'{url}' is not encrypted: care plans and credentials go only to https addresses (or to this machine)");
        return address;
    }

    /// <summary>Every recipient care plans are pushed to.</summary>
    public IReadOnlyList<RecipientEndpoint> Endpoints()
    {
        using var db = _context.Database.Open();
        return [.. db.Recipients.AsNoTracking().Where(r => r.FhirEndpoint != null).OrderBy(r => r.Id).AsEnumerable().Select(r => Endpoint(r)!)];
    }

    private static RecipientEndpoint? Endpoint(RecipientRecord r) =>
        r.FhirEndpoint is null ? null : new RecipientEndpoint(From(r), new Uri(r.FhirEndpoint), r.FhirToken,
            r.FhirTokenUrl is null ? null : new ClientCredentials(new Uri(r.FhirTokenUrl), r.FhirClientId ?? "", r.FhirClientSecret ?? "", r.FhirScope ?? ClientCredentials.DefaultScope));

    public IReadOnlyList<Recipient> List()
    {
        using var db = _context.Database.Open();
        return [.. db.Recipients.AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id).AsEnumerable().Select(From)];
    }

    /// <summary>The recipient with the id, or a not-found that lists the ids there are.</summary>
    public Recipient Require(string id)
    {
        using var db = _context.Database.Open();
        return Require(db, id);
    }

    internal static Recipient Require(Persistence.IopDbContext db, string id)
    {
        var key = id?.Trim().ToLowerInvariant();
        if (db.Recipients.AsNoTracking().SingleOrDefault(r => r.Id == key) is { } found) return From(found);
        var known = db.Recipients.OrderBy(r => r.Id).Select(r => r.Id).ToList();
        throw EngineException.NotFound($"there is no recipient '{id}'; {(known.Count == 0 ? "none has been added yet" : "the recipients are " + string.Join(", ", known))}");
    }

    internal static Recipient From(RecipientRecord r) => new(r.Id, r.Name, r.Class, r.Purpose);
}
