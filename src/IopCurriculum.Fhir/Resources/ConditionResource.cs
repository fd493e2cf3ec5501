using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Plans.Diagnoses;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A diagnosis of the signed treatment plan as a US Core problem-list Condition: its ICD-10-CM coding
/// with the title, or the clinician's words as text alone where no code was given.
/// </summary>
public static class ConditionResource
{
    public static Condition Build(ExportSettings settings, PlanDiagnosis diagnosis, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(keys);
        var (code, title) = (diagnosis.Diagnosis.Code, diagnosis.Diagnosis.Title);
        return new Condition
        {
            Id = withId ? diagnosis.Key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative
            {
                Status = Narrative.NarrativeStatus.Generated,
                Div = new Xhtml().Labelled("Diagnosis", Words(code, title)).Labelled("Client", keys.ClientId)
                    .Element("p", settings.Notice).ToString(),
            },
            Identifier = [new Identifier(keys.ConditionSystem, keys.ConditionValue(diagnosis.Index, code))],
            ClinicalStatus = new CodeableConcept(CodeSystems.ConditionClinical, "active", "Active", null),
            VerificationStatus = new CodeableConcept(CodeSystems.ConditionVerification, "confirmed", "Confirmed", null),
            Category = [new CodeableConcept(CodeSystems.ConditionCategory, "problem-list-item", "Problem List Item", null)],
            Code = code is null ? new CodeableConcept { Text = title } : new CodeableConcept(DiagnosisCodes.System, code, title, title),
            Subject = new ResourceReference(keys.Patient.Reference(style)),
        };
    }

    /// <summary>"F10.20 Alcohol dependence, uncomplicated", or the words alone.</summary>
    internal static string Words(string? code, string title) => code is null ? title : $"{code} {title}";
}
