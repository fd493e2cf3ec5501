using IopCurriculum.Fhir.Identity;
using IopCurriculum.Plans.Assessment;

namespace IopCurriculum.Fhir.Plans;

/// <summary>A diagnosis of the signed plan, exported as a Condition.</summary>
/// <param name="Index">Its place in the assessment's list, from 0.</param>
public sealed record PlanDiagnosis(int Index, Diagnosis Diagnosis, ResourceKey Key);
