namespace IopCurriculum.Fhir.Plans;

/// <summary>A staff member the signed plan makes responsible for services, known by user name.</summary>
/// <param name="Services">The services they are responsible for, in plan order, each once.</param>
public sealed record TeamMember(string UserName, IReadOnlyList<string> Services);
