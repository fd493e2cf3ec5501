using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Serving;

/// <summary>One page of a search: the resources on it, how many matched in all, and whose records it disclosed.</summary>
public sealed record SearchPage(SearchQuery Query, int Total, IReadOnlyList<Resource> Resources, Disclosed Disclosed);
