using IopCurriculum.Engine;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>Records reads and exports of protected records, and reads the record back for administrators.</summary>
public sealed class AccessAudit
{
    private readonly WorkContext _context;

    internal AccessAudit(WorkContext context) => _context = context;

    public void Record(string actor, string action, string resource, int status, int? count = null)
    {
        UnitOfWork.Run(_context, db =>
        {
            db.AccessAudit.Add(new AccessAuditRecord
            {
                AtUtc = _context.UtcNow,
                Actor = Truncate(actor, 64),
                Action = Truncate(action, 40),
                Resource = Truncate(resource, 500),
                Status = status,
                Count = count,
            });
            return 0;
        });
    }

    public IReadOnlyList<AccessAuditEntry> Read(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var db = _context.Database.Open();
        var rows = db.AccessAudit.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Actor)) rows = rows.Where(a => a.Actor == query.Actor);
        if (!string.IsNullOrWhiteSpace(query.Action)) rows = rows.Where(a => a.Action == query.Action);
        return [.. rows.OrderByDescending(a => a.Id).Take(Math.Clamp(query.Limit, 1, 5000)).AsEnumerable().Select(AccessAuditEntry.From)];
    }

    /// <summary>The disclosure log that exports write (who exported which records, how many, to where), newest first.</summary>
    public IReadOnlyList<ExportDisclosure> Exports(int limit = 200)
    {
        using var db = _context.Database.Open();
        return [.. db.ExportAudit.OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 5000)).AsEnumerable().Select(ExportDisclosure.From)];
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
