using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Input;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Consent;

/// <summary>
/// Medical emergencies (42 CFR 2.51): a clinical lead declares, with a reason, that a recipient may read
/// one client's records without consent for a limited time. Declarations are audited and shown to
/// administrators; every disclosure made under one names it.
/// </summary>
public sealed class BreakGlassService
{
    /// <summary>The longest a declaration lasts; a longer emergency is declared again, with its reason.</summary>
    public static readonly Duration Longest = Duration.FromHours(72);

    private readonly EngineContext _context;
    private readonly UserDirectory _users;

    internal BreakGlassService(EngineContext context, UserDirectory users)
    {
        _context = context;
        _users = users;
    }

    public BreakGlassView Declare(string clientId, string recipientId, string reason, Duration lasting, string actor)
    {
        var why = FieldRules.Reason(reason, "the emergency");
        if (lasting <= Duration.Zero || lasting > Longest)
            throw EngineException.Invalid($"a break-glass lasts from a minute to {Longest.TotalHours:0} hours; {lasting.TotalHours:0.##} hours was asked");
        var user = _users.Find(actor);
        if (user is null || !user.ActiveIn(Roles.ClinicalLead))
            throw EngineException.Invalid($"only a clinical lead may declare a medical emergency; '{actor}' is not one");
        return UnitOfWork.Run(_context, db =>
        {
            var (client, _) = ConsentStaff.Client(db, clientId);
            var recipient = RecipientService.Require(db, recipientId);
            var now = _context.UtcNow;
            var record = new BreakGlassRecord
            {
                ClientId = client.Id,
                RecipientId = recipient.Id,
                Reason = why,
                DeclaredBy = user.UserName,
                StartUtc = now,
                EndsUtc = now + lasting.ToTimeSpan(),
            };
            db.BreakGlass.Add(record);
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = user.UserName, Action = "break-glass", Resource = $"client {client.Id} to recipient {recipient.Id}: {why}" });
            db.SaveChanges();
            return View(record, recipient.Name);
        });
    }

    /// <summary>Ends a declaration early; disclosures made under it stand.</summary>
    public void End(long id, string actor)
    {
        UnitOfWork.Run(_context, db =>
        {
            var record = db.BreakGlass.SingleOrDefault(b => b.Id == id) ?? throw EngineException.NotFound($"there is no break-glass {id}");
            var now = _context.UtcNow;
            if (record.EndedUtc is not null || record.EndsUtc <= now) throw EngineException.Conflict($"break-glass {id} has already ended");
            record.EndedUtc = now;
            record.EndedBy = actor;
            db.AccessAudit.Add(new AccessAuditRecord { AtUtc = now, Actor = actor, Action = "break-glass-end", Resource = $"client {record.ClientId} to recipient {record.RecipientId}" });
            return 0;
        });
    }

    /// <summary>Every declaration, newest first, for administrators to review.</summary>
    public IReadOnlyList<BreakGlassView> List(int limit = 200)
    {
        using var db = _context.Database.Open();
        var names = db.Recipients.AsNoTracking().ToDictionary(r => r.Id, r => r.Name);
        return [.. db.BreakGlass.AsNoTracking().OrderByDescending(b => b.Id).Take(Math.Clamp(limit, 1, 5000)).AsEnumerable()
            .Select(b => View(b, names.GetValueOrDefault(b.RecipientId, b.RecipientId)))];
    }

    internal static BreakGlassWindow Window(BreakGlassRecord b) =>
        new(b.Id, b.ClientId, b.RecipientId, Instant.FromDateTimeUtc(b.StartUtc), Instant.FromDateTimeUtc(b.EndedUtc ?? b.EndsUtc));

    private static BreakGlassView View(BreakGlassRecord b, string recipientName) =>
        new(b.Id, b.ClientId, b.RecipientId, recipientName, b.Reason, b.DeclaredBy, Instant.FromDateTimeUtc(b.StartUtc),
            Instant.FromDateTimeUtc(b.EndedUtc ?? b.EndsUtc), b.EndedBy);
}

/// <summary>A declared medical emergency as administrators review it.</summary>
/// <param name="Ends">When it ends or ended, early where <paramref name="EndedBy"/> is set.</param>
public sealed record BreakGlassView(long Id, string ClientId, string RecipientId, string RecipientName, string Reason, string DeclaredBy, Instant Start, Instant Ends, string? EndedBy);
