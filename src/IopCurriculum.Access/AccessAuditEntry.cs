using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>One line of the access audit: who touched what, when, and with what result.</summary>
/// <param name="Actor">The user name, or <c>anonymous</c> for a refused sign-in.</param>
/// <param name="Status">The HTTP status, or 0 when the access was not an HTTP request.</param>
/// <param name="Count">How many records the response carried, where that is known.</param>
public sealed record AccessAuditEntry(long Id, DateTime AtUtc, string Actor, string Action, string Resource, int Status, int? Count)
{
    internal static AccessAuditEntry From(AccessAuditRecord row) =>
        new(row.Id, row.AtUtc, row.Actor, row.Action, row.Resource, row.Status, row.Count);
}
