using IopCurriculum.Fhir.Output;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir;

/// <summary>Records each export as a disclosure: who, what, how many of each resource type, and where to.</summary>
public static class ExportAudit
{
    public static ExportAuditRecord Record(IopDatabase database, DateTimeOffset at, string actor, string what, string scope,
        IReadOnlyDictionary<string, int> counts, string destination)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(counts);
        var record = new ExportAuditRecord
        {
            AtUtc = at.UtcDateTime,
            Actor = actor,
            What = what,
            Scope = scope,
            Counts = ResourceTypes.Describe(counts),
            Total = counts.Values.Sum(),
            Destination = destination,
        };
        using var db = database.Open();
        db.ExportAudit.Add(record);
        db.SaveChanges();
        return record;
    }
}
