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
        "The last time anything was recorded about the client (enrolment, attendance, a result, a measure recorded or struck, a stage change, a plan signed, a note signed or co-signed, an addendum); prefixes eq, gt, ge, lt, le; dates without a time are UTC days.");
    private static readonly SearchParameter Subject = new("subject", SearchParamType.Reference, "The client: Patient/{id}.");
    private static readonly SearchParameter PatientParameter = new("patient", SearchParamType.Reference, "The client: Patient/{id}.");
    private static readonly SearchParameter Identifier = new("identifier", SearchParamType.Token, "A business identifier: system|value or value.");
    private static readonly SearchParameter Code = new("code", SearchParamType.Token,
        "The code: system|code (such as http://loinc.org|44261-6), a code in any system, |code for a code without a system, or system| for any code of the system; several separated by commas. A score named only in text has no code to match.");
    private static readonly SearchParameter Url = new("url", SearchParamType.Uri, "The canonical URL.");

    public static IReadOnlyDictionary<string, IReadOnlyList<SearchParameter>> ByType { get; } = new Dictionary<string, IReadOnlyList<SearchParameter>>(StringComparer.Ordinal)
    {
        ["CarePlan"] = [Id, Subject, PatientParameter, new("status", SearchParamType.Token, "draft | active | on-hold | revoked | completed | entered-in-error | unknown; several separated by commas."), LastUpdated],
        ["Patient"] = [Id, Identifier, LastUpdated],
        ["Encounter"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Observation"] = [Id, Subject, PatientParameter, Code, LastUpdated],
        ["QuestionnaireResponse"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Condition"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Goal"] = [Id, Subject, PatientParameter, LastUpdated],
        ["CareTeam"] = [Id, Subject, PatientParameter, LastUpdated],
        ["DocumentReference"] = [Id, Subject, PatientParameter, LastUpdated],
        ["Consent"] = [Id, PatientParameter, LastUpdated],
        ["Group"] = [Id, Identifier],
        ["PlanDefinition"] = [Id, Url, new("version", SearchParamType.Token, "The curriculum version.")],
        ["Questionnaire"] = [Id, Url, new("version", SearchParamType.Token, "The instrument version.")],
    };

    /// <summary>The types in the order the CapabilityStatement lists them.</summary>
    public static IReadOnlyList<string> Types { get; } = ["CarePlan", "Patient", "Condition", "Goal", "CareTeam", "Encounter", "Observation", "QuestionnaireResponse", "DocumentReference", "Consent", "Group", "PlanDefinition", "Questionnaire"];

    /// <summary>Resource types that are about a client and carry the Part 2 labels; searching them is a disclosure.</summary>
    public static bool AboutClients(string type) => type is "CarePlan" or "Patient" or "Condition" or "Goal" or "CareTeam" or "Encounter"
        or "Observation" or "QuestionnaireResponse" or "DocumentReference" or "Consent" or "Group";
}
