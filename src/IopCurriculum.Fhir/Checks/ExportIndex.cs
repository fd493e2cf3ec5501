using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Checks;

/// <summary>Finds an exported resource the way a server would resolve a reference to it: fullUrl, Type/id, or a conditional search on identifier.</summary>
internal sealed class ExportIndex
{
    private readonly Dictionary<string, Resource> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Resource> _canonicals = new(StringComparer.Ordinal);

    public ExportIndex(IEnumerable<(string? FullUrl, Resource Resource)> resources)
    {
        foreach (var (fullUrl, resource) in resources)
        {
            if (fullUrl is not null) _byReference[fullUrl] = resource;
            if (resource.Id is not null) _byReference[$"{resource.TypeName}/{resource.Id}"] = resource;
            foreach (var identifier in Identifiers(resource))
                _byReference[$"{resource.TypeName}?identifier={Uri.EscapeDataString(identifier.System ?? "")}|{Uri.EscapeDataString(identifier.Value ?? "")}"] = resource;
            if (resource is PlanDefinition plan) _canonicals[$"{plan.Url}|{plan.Version}"] = plan;
            if (resource is Questionnaire questionnaire) _canonicals[$"{questionnaire.Url}|{questionnaire.Version}"] = questionnaire;
        }
    }

    public Resource? Resolve(string reference) => _byReference.GetValueOrDefault(reference);

    /// <summary>The definition a versioned canonical (<c>url|version</c>) names, or null.</summary>
    public Resource? Canonical(string canonical) => _canonicals.GetValueOrDefault(canonical);

    private static List<Identifier> Identifiers(Resource resource) => resource switch
    {
        Patient p => p.Identifier,
        CarePlan c => c.Identifier,
        Encounter e => e.Identifier,
        Condition c => c.Identifier,
        Goal g => g.Identifier,
        CareTeam t => t.Identifier,
        Observation o => o.Identifier,
        QuestionnaireResponse q => q.Identifier is { } identifier ? [identifier] : [],
        DocumentReference d => d.Identifier,
        Hl7.Fhir.Model.Consent c => c.Identifier,
        Group g => g.Identifier,
        _ => [],
    };
}
