using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Serving;

/// <summary>One search parameter the API understands for a resource type.</summary>
public sealed record SearchParameter(string Name, SearchParamType Type, string Documentation);
