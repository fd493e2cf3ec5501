using IopCurriculum.Consent;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Consent;

/// <summary>Which of the clients asked about may go to the recipient, on what basis, and why the others may not.</summary>
public sealed record GateDecision(Recipient Recipient, string Purpose, IReadOnlyDictionary<string, DisclosureBasis> Allowed, IReadOnlyDictionary<string, string> Refused)
{
    public bool Allows(string clientId) => Allowed.ContainsKey(clientId);
}

/// <summary>
/// The one place every channel asks before disclosing (FHIR reads and searches, Bulk Data, file exports):
/// each client's consents and break-glass declarations, read afresh on every call so a revocation takes
/// effect on the very next request, judged by <see cref="DisclosureDecision"/>. What was disclosed is then
/// recorded, per client, for the client's accounting of disclosures; what was refused goes in the access audit.
/// </summary>
public sealed class DisclosureGate
{
    private readonly EngineContext _context;

    internal DisclosureGate(EngineContext context) => _context = context;

    /// <param name="purpose">The purpose asked for, or null for the recipient's own.</param>
    public GateDecision Decide(string recipientId, string? purpose, IReadOnlyCollection<string> clientIds)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        using var db = _context.Database.Open();
        var recipient = RecipientService.Require(db, recipientId);
        var asked = purpose is null ? recipient.Purpose
            : DisclosurePurposes.Words.Find(purpose)?.Word ?? throw EngineException.Invalid(DisclosurePurposes.Words.Unknown(purpose));
        var now = _context.Now;
        var zones = ConsentStaff.Zones(db, clientIds);
        var consents = db.Consents.AsNoTracking().Where(c => clientIds.Contains(c.ClientId)).AsEnumerable()
            .Select(ConsentService.Terms).ToLookup(c => c.ClientId);
        var glass = db.BreakGlass.AsNoTracking().Where(b => clientIds.Contains(b.ClientId) && b.RecipientId == recipient.Id).AsEnumerable()
            .Select(BreakGlassService.Window).ToLookup(b => b.ClientId);
        var allowed = new Dictionary<string, DisclosureBasis>(StringComparer.Ordinal);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in clientIds.Distinct())
        {
            if (!zones.TryGetValue(id, out var zone))
            {
                refused[id] = "there is no such client";
                continue;
            }
            var today = now.InZone(zone).Date;
            if (DisclosureDecision.Decide(consents[id], glass[id], recipient, asked, today, now, out var why) is { } basis) allowed[id] = basis;
            else refused[id] = why!;
        }
        return new GateDecision(recipient, asked, allowed, refused);
    }

    /// <summary>Records what went to the recipient, a line per client, and every refusal, in one transaction.</summary>
    /// <param name="what">Per disclosed client, what went, such as <c>Patient 1, CarePlan 1</c>.</param>
    /// <param name="channel">How: <c>fhir-read</c>, <c>fhir-search</c>, <c>bulk-export</c>, <c>export</c>.</param>
    public void Record(GateDecision decision, IReadOnlyDictionary<string, string> what, string channel, string actor)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(what);
        if (what.Count == 0 && decision.Refused.Count == 0) return;
        UnitOfWork.Run(_context, db =>
        {
            var now = _context.UtcNow;
            foreach (var (clientId, items) in what.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                var basis = decision.Allowed.TryGetValue(clientId, out var b) ? b
                    : throw new InvalidOperationException($"client {clientId} was disclosed without a basis");
                db.Disclosures.Add(new DisclosureRecord
                {
                    AtUtc = now,
                    ClientId = clientId,
                    RecipientId = decision.Recipient.Id,
                    ConsentId = basis.ConsentId,
                    BreakGlassId = basis.BreakGlassId,
                    Purpose = basis.Purpose,
                    Channel = channel,
                    What = items.Length > 1000 ? items[..1000] : items,
                    Actor = actor,
                });
            }
            foreach (var (clientId, why) in decision.Refused.OrderBy(r => r.Key, StringComparer.Ordinal))
                db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = actor, Action = "disclosure-refused", Resource = $"client {clientId} to recipient {decision.Recipient.Id} ({channel}): {why}" });
            return 0;
        });
    }

    /// <summary>The client's accounting of disclosures: to whom, when, what and under which consent, newest first.</summary>
    public IReadOnlyList<DisclosureLine> Accounting(string clientId)
    {
        using var db = _context.Database.Open();
        if (!db.Clients.Any(c => c.Id == clientId)) throw EngineException.NotFound($"there is no client '{clientId}'");
        var names = db.Recipients.AsNoTracking().ToDictionary(r => r.Id, r => r.Name);
        return [.. db.Disclosures.AsNoTracking().Where(d => d.ClientId == clientId).OrderByDescending(d => d.Id).AsEnumerable()
            .Select(d => new DisclosureLine(Instant.FromDateTimeUtc(d.AtUtc), d.RecipientId, names.GetValueOrDefault(d.RecipientId, d.RecipientId),
                d.Purpose, d.Channel, d.What, d.ConsentId, d.BreakGlassId, d.Actor))];
    }
}

/// <summary>One line of a client's accounting of disclosures.</summary>
/// <param name="ConsentId">The consent it was made under, or null where <paramref name="BreakGlassId"/> names the emergency.</param>
public sealed record DisclosureLine(Instant At, string RecipientId, string RecipientName, string Purpose, string Channel, string What, long? ConsentId, long? BreakGlassId, string Actor);
