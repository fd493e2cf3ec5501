using System.Security.Cryptography;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Consent;

/// <summary>
/// A client's 42 CFR Part 2 consents: recorded with their terms (locked from then on) and an optional
/// scanned form, revoked once with effect from the instant the revocation is recorded, kept for good.
/// </summary>
public sealed class ConsentService
{
    private readonly EngineContext _context;
    private readonly UserDirectory _users;

    internal ConsentService(EngineContext context, UserDirectory users)
    {
        _context = context;
        _users = users;
    }

    /// <returns>The consent's id.</returns>
    public long Record(string clientId, ConsentDraft draft, ScannedForm? form, string actor)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var contentType = form?.ContentType();
        var witness = FieldRules.OptionalName(draft.Witness, "the witness", 200);
        var purposeText = FieldRules.Note(draft.PurposeText, "the specific purpose", 500);
        var tidy = draft with
        {
            Kind = draft.Kind.Trim().ToLowerInvariant(),
            RecipientId = string.IsNullOrWhiteSpace(draft.RecipientId) ? null : draft.RecipientId.Trim().ToLowerInvariant(),
            RecipientClass = string.IsNullOrWhiteSpace(draft.RecipientClass) ? null : draft.RecipientClass.Trim().ToLowerInvariant(),
            Purposes = [.. draft.Purposes.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct()],
            Covers = string.IsNullOrWhiteSpace(draft.Covers) ? ConsentCoverage.All : draft.Covers.Trim().ToLowerInvariant(),
            PurposeText = purposeText,
            Witness = witness,
        };
        // A TPO consent that names no purpose is for all three.
        if (tidy.Kind == ConsentKinds.Tpo && tidy.Purposes.Count == 0) tidy = tidy with { Purposes = DisclosurePurposes.Tpo };
        return UnitOfWork.Run(_context, db =>
        {
            var (client, zone) = ConsentStaff.Client(db, clientId);
            ConsentStaff.Require(_users, db, actor, client.Id, "record consents");
            var today = _context.Now.InZone(zone).Date;
            var problems = ConsentRules.Problems(tidy, today);
            if (problems.Count > 0) throw EngineException.Invalid($"the consent for client {client.Id} was not recorded: {problems[0]}", problems);
            if (tidy.RecipientId is { } recipientId) RecipientService.Require(db, recipientId);
            var now = _context.UtcNow;
            var record = new ConsentRecord
            {
                ClientId = client.Id,
                Kind = tidy.Kind,
                RecipientId = tidy.RecipientId,
                RecipientClass = tidy.RecipientClass,
                Purposes = string.Join(',', tidy.Purposes),
                PurposeText = tidy.PurposeText,
                Covers = tidy.Covers,
                EffectiveOn = Day(tidy.EffectiveOn),
                ExpiresOn = tidy.ExpiresOn is { } e ? Day(e) : null,
                SignedOn = Day(tidy.SignedOn),
                Witness = tidy.Witness,
                RecordedUtc = now,
                RecordedBy = actor,
            };
            db.Consents.Add(record);
            db.SaveChanges();
            if (form is not null)
                db.ConsentForms.Add(new ConsentFormRecord
                {
                    ConsentId = record.Id,
                    FileName = Path.GetFileName(form.FileName.Trim()) is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : "consent-form",
                    ContentType = contentType!,
                    Content = form.Content,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(form.Content)),
                    StoredUtc = now,
                    StoredBy = actor,
                });
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = actor, Action = "consent-record", Resource = $"client {client.Id} consent {record.Id} ({record.Kind})" });
            return record.Id;
        });
    }

    /// <summary>Revokes a consent from now on; disclosures already made under it stand.</summary>
    /// <param name="revokedOn">The day the client revoked it, on or before today.</param>
    public void Revoke(long consentId, LocalDate revokedOn, string? note, string actor)
    {
        var text = FieldRules.Note(note, "the revocation note", 500);
        UnitOfWork.Run(_context, db =>
        {
            var record = db.Consents.SingleOrDefault(c => c.Id == consentId) ?? throw EngineException.NotFound($"there is no consent {consentId}");
            var (client, zone) = ConsentStaff.Client(db, record.ClientId);
            ConsentStaff.Require(_users, db, actor, client.Id, "revoke consents");
            if (ConsentRules.RevocationProblem(Terms(record), revokedOn, _context.Now.InZone(zone).Date) is { } problem)
                throw EngineException.Invalid($"consent {consentId} was not revoked: {problem}");
            var now = _context.UtcNow;
            record.RevokedUtc = now;
            record.RevokedOn = Day(revokedOn);
            record.RevokedBy = actor;
            record.RevocationNote = text;
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = actor, Action = "consent-revoke", Resource = $"client {client.Id} consent {record.Id}" });
            return 0;
        });
    }

    /// <summary>Every consent the client has given, revoked or declined, newest first.</summary>
    public IReadOnlyList<ConsentView> ForClient(string clientId)
    {
        using var db = _context.Database.Open();
        var zone = ConsentStaff.Zones(db, [clientId]).GetValueOrDefault(clientId) ?? throw EngineException.NotFound($"there is no client '{clientId}'");
        var now = _context.Now;
        var today = now.InZone(zone).Date;
        var recipients = db.Recipients.AsNoTracking().ToDictionary(r => r.Id, r => r.Name);
        var forms = db.ConsentForms.AsNoTracking().Where(f => db.Consents.Any(c => c.Id == f.ConsentId && c.ClientId == clientId))
            .Select(f => new { f.ConsentId, f.FileName, f.Sha256 }).ToDictionary(f => f.ConsentId, f => (f.FileName, f.Sha256));
        return [.. db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).OrderByDescending(c => c.Id).AsEnumerable()
            .Select(c => View(c, recipients, forms, today, now))];
    }

    /// <summary>A stored consent as staff and exports read it, standing as it does on <paramref name="today"/> at <paramref name="now"/>.</summary>
    /// <param name="recipients">Recipient names by id.</param>
    /// <param name="forms">The scanned form's file name and SHA-256 by consent id.</param>
    internal static ConsentView View(ConsentRecord c, IReadOnlyDictionary<string, string> recipients,
        IReadOnlyDictionary<long, (string FileName, string Sha256)> forms, LocalDate today, Instant now)
    {
        var terms = Terms(c);
        var name = c.RecipientId is { } id ? recipients.GetValueOrDefault(id, id) : c.RecipientClass is { } cls ? RecipientClasses.Words.Label(cls) : "nobody";
        return new ConsentView(terms, name, c.PurposeText, c.Witness, terms.StandingOn(today, now), Instant.FromDateTimeUtc(c.RecordedUtc), c.RecordedBy,
            c.RevokedOn is { } r ? LocalDate.FromDateOnly(r) : null, c.RevokedBy, c.RevocationNote,
            forms.TryGetValue(c.Id, out var f) ? f : null);
    }

    /// <summary>How far ahead a consent's expiry is flagged to staff.</summary>
    public static readonly Period ExpiryWarning = Period.FromDays(30);

    /// <summary>
    /// What staff should know about each client's consent today: none in effect, or the one in effect lasting
    /// longest expires within <see cref="ExpiryWarning"/>. Clients with nothing to say are left out.
    /// </summary>
    public IReadOnlyDictionary<string, ConsentWarning> Warnings(IReadOnlyCollection<string> clientIds)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        using var db = _context.Database.Open();
        var zones = ConsentStaff.Zones(db, clientIds);
        var consents = db.Consents.AsNoTracking().Where(c => clientIds.Contains(c.ClientId)).AsEnumerable().Select(Terms).ToLookup(c => c.ClientId);
        var now = _context.Now;
        var warnings = new Dictionary<string, ConsentWarning>(StringComparer.Ordinal);
        foreach (var (client, zone) in zones)
        {
            var today = now.InZone(zone).Date;
            var active = consents[client].Where(c => c.StandingOn(today, now) == ConsentStanding.Active).ToList();
            if (active.Count == 0) warnings[client] = new ConsentWarning(client, null);
            else if (active.All(c => c.ExpiresOn is { } last && last < today + ExpiryWarning))
                warnings[client] = new ConsentWarning(client, active.Max(c => c.ExpiresOn!.Value));
        }
        return warnings;
    }

    /// <summary>The scanned form kept with a consent, or null where none was.</summary>
    public (string FileName, string ContentType, byte[] Content)? Form(long consentId)
    {
        using var db = _context.Database.Open();
        return db.ConsentForms.AsNoTracking().Where(f => f.ConsentId == consentId).Select(f => new { f.FileName, f.ContentType, f.Content }).SingleOrDefault() is { } form
            ? (form.FileName, form.ContentType, form.Content) : null;
    }

    internal static ConsentTerms Terms(ConsentRecord c) =>
        new(c.Id, c.ClientId, c.Kind, c.RecipientId, c.RecipientClass,
            c.Purposes.Length == 0 ? [] : c.Purposes.Split(','), c.Covers,
            LocalDate.FromDateOnly(c.EffectiveOn), c.ExpiresOn is { } e ? LocalDate.FromDateOnly(e) : null, LocalDate.FromDateOnly(c.SignedOn),
            c.RevokedUtc is { } r ? Instant.FromDateTimeUtc(r) : null);

    private static DateOnly Day(LocalDate day) => day.ToDateOnly();
}
