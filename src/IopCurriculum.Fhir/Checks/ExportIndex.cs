using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Checks;

/// <summary>Finds an exported resource the way a server would resolve a reference to it: fullUrl, Type/id, or a conditional search on identifier.</summary>
internal sealed class ExportIndex
{
    private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);
    private readonly HashSet<string> _canonicals = new(StringComparer.Ordinal);

    public ExportIndex(IEnumerable<(string? FullUrl, Resource Resource)> resources)
    {
        foreach (var (fullUrl, resource) in resources)
        {
            if (fullUrl is not null) _byReference[fullUrl] = resource;
            if (resource.Id is not null) _byReference[$"{resource.TypeName}/{resource.Id}"] = resource;
            foreach (var identifier in Identifiers(resource))
                _byReference[$"{resource.TypeName}?identifier={Uri.EscapeDataString(identifier.System ?? "")}|{Uri.EscapeDataString(identifier.Value ?? "")}"] = resource;
            if (resource is PlanDefinition plan) _canonicals.Add($"{plan.Url}|{plan.Version}");
        }
    }

    public Resource? Resolve(string reference) => _byReference.GetValueOrDefault(reference);

    public bool HasCanonical(string canonical) => _canonicals.Contains(canonical);

    private static List<Identifier> Identifiers(Resource resource) => resource switch
    {
        Patient p => p.Identifier,
        CarePlan c => c.Identifier,
        Encounter e => e.Identifier,
        Condition c => c.Identifier,
        Goal g => g.Identifier,
        CareTeam t => t.Identifier,
        Observation o => o.Identifier,
        DocumentReference d => d.Identifier,
        Hl7.Fhir.Model.Consent c => c.Identifier,
        Group g => g.Identifier,
        _ => [],
    };
}
