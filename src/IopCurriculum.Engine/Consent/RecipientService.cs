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
