namespace IopCurriculum.Fhir.Vocabulary;

/// <summary>The published code systems the export uses. The project's own code systems are minted by <see cref="Identity.Naming"/>.</summary>
public static class CodeSystems
{
    public const string Snomed = "http://snomed.info/sct";
    public const string UsCoreCarePlanCategory = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public const string Confidentiality = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string DataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    public const string PlanDefinitionType = "http://terminology.hl7.org/CodeSystem/plan-definition-type";
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string GoalAchievement = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    public const string Loinc = "http://loinc.org";
    public const string UsCoreDocumentReferenceCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    public const string Ucum = "http://unitsofmeasure.org";
}
