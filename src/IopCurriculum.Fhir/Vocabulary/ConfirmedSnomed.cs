using System.Collections.Frozen;

namespace IopCurriculum.Fhir.Vocabulary;

/// <summary>
/// The SNOMED CT codes a source has confirmed for this kind of service (VSAC value sets; see the
/// shared FHIR facts). The track mapping may use only these: a code that merely looks right is
/// worse than plain text, because receiving systems reason over it.
/// </summary>
public static class ConfirmedSnomed
{
    public static FrozenDictionary<string, string> Displays { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["76168009"] = "Group psychotherapy",
        ["1555005"] = "Brief group psychotherapy",
        ["108313002"] = "Family psychotherapy procedure",
        ["228557008"] = "Cognitive and behavioral therapy",
        ["385989002"] = "Substance use therapy",
        ["313071005"] = "Counseling for substance abuse",
        ["266707007"] = "Drug addiction therapy",
        ["720176005"] = "Alcohol relapse prevention program",
        ["720177001"] = "Drug relapse prevention program",
        ["171047005"] = "Drugs of addiction education",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
