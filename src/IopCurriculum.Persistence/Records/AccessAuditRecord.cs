namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One access to protected records through the web app or the FHIR API: who, when, what and with what
/// result. Reads of client records are audited as well as changes, as 42 CFR Part 2 programs must be
/// able to show who saw a record.
/// </summary>
public sealed class AccessAuditRecord
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>The user name, or <c>anonymous</c> for a refused sign-in.</summary>
    public required string Actor { get; set; }
    /// <summary>Such as <c>read</c>, <c>search</c>, <c>export</c>, <c>sign-in</c>, <c>sign-in-refused</c>.</summary>
    public required string Action { get; set; }
    /// <summary>What was touched, such as <c>CarePlan?subject=Patient/…</c> or <c>cohort eastside-a dashboard</c>.</summary>
    public required string Resource { get; set; }
    /// <summary>The HTTP status, or 0 when the access was not an HTTP request.</summary>
    public int Status { get; set; }
    /// <summary>How many records the response carried, where that is known.</summary>
    public int? Count { get; set; }
}
