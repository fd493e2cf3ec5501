namespace IopCurriculum.Fhir;

/// <summary>What <c>iop export careplans</c> asks for.</summary>
public sealed record CarePlanExportRequest
{
    /// <summary>One cohort; null with <see cref="All"/> for every cohort.</summary>
    public string? CohortId { get; init; }
    public bool All { get; init; }
    public required ExportFormat Format { get; init; }
    /// <summary>For bundles: one per client (and one per cohort for its Group and definitions) instead of one per cohort.</summary>
    public bool PerClient { get; init; }
    public required string OutputFolder { get; init; }
    /// <summary>Only clients with anything recorded at or after this instant.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Only resources of these types (Bulk Data's <c>_type</c>); null for every type.</summary>
    public IReadOnlySet<string>? Types { get; init; }
    public string Actor { get; init; } = "unknown";
    /// <summary>The recipient organization the records go to: only clients whose consent names it (or a break-glass for it) are exported.</summary>
    public required string Recipient { get; init; }
    /// <summary>How the records leave, for the clients' accounting of disclosures: <c>export</c> or <c>bulk-export</c>.</summary>
    public string Channel { get; init; } = "export";
    /// <summary>The command as typed, for the manifest's <c>request</c>.</summary>
    public string? Request { get; init; }
}
