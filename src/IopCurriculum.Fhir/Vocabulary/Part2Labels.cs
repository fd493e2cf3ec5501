using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Vocabulary;

/// <summary>
/// The 42 CFR Part 2 marks every resource about a client carries: the security labels receiving
/// systems filter on, and the redisclosure notice (§2.32) people read. Definitions (PlanDefinition,
/// ActivityDefinition) hold no client data and carry neither.
/// </summary>
public static class Part2Labels
{
    /// <summary>§2.32(a)(2), the short statement; a program may give Statement 1 in full instead.</summary>
    public const string DefaultNotice = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    /// <summary>Part 2 information, restricted confidentiality, and no redisclosure without consent.</summary>
    public static Meta Meta() => new() { Security = Codings() };

    /// <summary>
    /// The same labels as a DocumentReference's own <c>securityLabel</c>, which document registries
    /// filter on without reading <c>meta</c>.
    /// </summary>
    public static List<CodeableConcept> SecurityLabels() => [.. Codings().Select(c => new CodeableConcept { Coding = [c] })];

    private static List<Coding> Codings() =>
    [
        new Coding(CodeSystems.ActCode, "42CFRPart2"),
        new Coding(CodeSystems.Confidentiality, "R"),
        new Coding(CodeSystems.ActCode, "NORDSCLCD"),
    ];
}
