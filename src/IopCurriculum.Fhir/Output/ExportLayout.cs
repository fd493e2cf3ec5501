using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Fhir.Output;

/// <summary>How the files of a care-plan export are laid out, and so how their resources refer to one another.</summary>
public enum ExportLayout
{
    /// <summary>One transaction Bundle per cohort: everything about the cohort, referring by <c>urn:uuid</c>.</summary>
    CohortBundles,
    /// <summary>A transaction Bundle per client, and one per cohort whose Group refers to its members conditionally.</summary>
    ClientBundles,
    /// <summary>Bulk Data NDJSON: a file per resource type, resources with ids, literal references.</summary>
    Ndjson,
}

internal static class ExportLayouts
{
    public static ReferenceStyle ClientStyle(this ExportLayout layout) =>
        layout == ExportLayout.Ndjson ? ReferenceStyle.Literal : ReferenceStyle.InBundle;

    public static ReferenceStyle MemberStyle(this ExportLayout layout) => layout switch
    {
        ExportLayout.Ndjson => ReferenceStyle.Literal,
        ExportLayout.ClientBundles => ReferenceStyle.Conditional,
        _ => ReferenceStyle.InBundle,
    };
}
