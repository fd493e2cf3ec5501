using Hl7.Fhir.Model;

namespace IopCurriculum.Fhir.Serving;

/// <summary>
/// The resource types the API serves and the search parameters each understands: one table that both the
/// query parser and the CapabilityStatement read, so what the server says it does is what it does.
/// </summary>
public static class SearchParameters
{
    public const string Count = "_count";
    public const string Offset = "_offset";
    public const int DefaultCount = 50;
    public const int MaxCount = 1000;

    private static readonly SearchParameter Id = new("_id", SearchParamType.Token, "The resource's logical id; several separated by commas.");
    private static readonly SearchParameter LastUpdated = new("_lastUpdated", SearchParamType.Date,
        "The last time anything was recorded about the client (enrolment, attendance, a result, a stage change, a note signed or co-signed, an addendum); prefixes eq, gt, ge, lt, le; dates without a time are UTC days.");
    private static readonly SearchParameter Subject = new("subject", SearchParamType.Reference, "The client: Patient/{id}.");
    private static readonly SearchParameter PatientParameter = new("patient", SearchParamType.Reference, "The client: Patient/{id}.");
    private static readonly SearchParameter Identifier = new("identifier", SearchParamType.Token, "A business identifier: system|value or value.");

    public static IReadOnlyDictionary<string, IReadOnlyList<SearchParameter>> ByType { get; } = new Dictionary<string, IReadOnlyList<SearchParameter>>(StringComparer.Ordinal)
    {
        ["CarePlan"] = [Id, Subject, PatientParameter, new("status", SearchParamType.Token, "draft | active | on-hold | revoked | completed | entered-in-error | unknown; several separated by commas."), LastUpdated],
        ["Patient"] = [Id, Identifier, LastUpdated],
        ["Encounter"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Condition"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Goal"] = [Id, Subject, PatientParameter, LastUpdated],
        ["CareTeam"] = [Id, Subject, PatientParameter, LastUpdated],
        ["DocumentReference"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Consent"] = [Id, PatientParameter, LastUpdated],
        ["Group"] = [Id, Identifier],
        ["PlanDefinition"] = [Id, new("url", SearchParamType.Uri, "The canonical URL."), new("version", SearchParamType.Token, "The curriculum version.")],
    };

    /// <summary>The types in the order the CapabilityStatement lists them.</summary>
    public static IReadOnlyList<string> Types { get; } = ["CarePlan", "Patient", "Condition", "Goal", "CareTeam", "Encounter", "DocumentReference", "Consent", "Group", "PlanDefinition"];

    /// <summary>Resource types that are about a client and carry the Part 2 labels; searching them is a disclosure.</summary>
    public static bool AboutClients(string type) => type is "CarePlan" or "Patient" or "Condition" or "Goal" or "CareTeam" or "Encounter" or "DocumentReference" or "Consent" or "Group";
}
