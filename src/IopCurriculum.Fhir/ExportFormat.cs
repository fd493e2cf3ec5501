namespace IopCurriculum.Fhir;

/// <summary>What <c>--format</c> asks for.</summary>
public enum ExportFormat
{
    /// <summary>FHIR transaction Bundles, for loading into a FHIR server.</summary>
    Bundle,
    /// <summary>Bulk Data NDJSON, for bulk pipelines.</summary>
    Ndjson,
}
