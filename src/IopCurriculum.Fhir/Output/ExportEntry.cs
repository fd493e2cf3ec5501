using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Fhir.Output;

/// <summary>One resource to write, with the key a server matches it on and the unit it belongs to.</summary>
/// <param name="ClientId">The client the resource is about; null for a cohort's Group and the curriculum's definitions.</param>
public sealed record ExportEntry(string CohortId, string? ClientId, ResourceKey Key, Resource Resource);
