namespace IopCurriculum.Fhir.Output;

/// <summary>The order resource types are listed in: the client's own first, then the cohort's and the curriculum's.</summary>
public static class ResourceTypes
{
    private static readonly string[] Order = ["Patient", "CarePlan", "Condition", "Goal", "CareTeam", "Encounter", "Observation", "QuestionnaireResponse", "DocumentReference", "Consent", "Group", "PlanDefinition", "ActivityDefinition", "Questionnaire"];

    /// <summary>Every type the care-plan export writes, in this order: what Bulk Data's <c>_type</c> may name.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Order);

    public static IEnumerable<string> Ordered(IEnumerable<string> types) =>
        types.OrderBy(t => Array.IndexOf(Order, t) is var i && i >= 0 ? i : Order.Length).ThenBy(t => t, StringComparer.Ordinal);

    /// <summary>"Patient 12, CarePlan 12, Encounter 310" — for the audit entry and the command's report.</summary>
    public static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "nothing" : string.Join(", ", Ordered(counts.Keys).Select(t => $"{t} {counts[t]}"));
}
