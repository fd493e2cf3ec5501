using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Access;

/// <summary>One disclosure in the log exports write: who exported which records, how many of each type, and where to.</summary>
/// <param name="What">What was exported and how, such as <c>careplans ndjson</c>.</param>
/// <param name="Scope">Which records: a cohort, all cohorts or a curriculum, with the <c>--since</c> instant if any.</param>
/// <param name="Counts">Resources written per type, such as <c>Patient 12, CarePlan 12, Encounter 310</c>.</param>
/// <param name="Destination">The file or folder written, as a full path.</param>
public sealed record ExportDisclosure(long Id, DateTime AtUtc, string Actor, string What, string Scope, string Counts, int Total, string Destination)
{
    internal static ExportDisclosure From(ExportAuditRecord row) =>
        new(row.Id, row.AtUtc, row.Actor, row.What, row.Scope, row.Counts, row.Total, row.Destination);
}
