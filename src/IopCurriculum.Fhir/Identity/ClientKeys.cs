using System.Globalization;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Resources;

namespace IopCurriculum.Fhir.Identity;

/// <summary>
/// The business identifiers of everything exported about one client in one cohort, from the program,
/// cohort, client and session ids. They never change, so a re-export updates what the server already has.
/// Each key is hashed once per client, however many resources point at it.
/// </summary>
public sealed class ClientKeys
{
    private readonly Dictionary<long, ResourceKey> _encounters = [];
    private ResourceKey? _careTeam;

    public ClientKeys(string programId, string cohortId, string clientId, string clientSystem)
    {
        ProgramId = programId;
        CohortId = cohortId;
        ClientId = clientId;
        ClientSystem = clientSystem;
        Patient = ResourceKey.ByIdentifier("Patient", clientSystem, clientId);
        CarePlan = ResourceKey.ByIdentifier("CarePlan", CarePlanSystem, CarePlanValue);
    }

    public static ClientKeys For(CohortContext cohort, string clientId)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new(cohort.Program.Id, cohort.Cohort.Id, clientId, Naming.ClientSystem(cohort.Program.Id, cohort.Program.ClientIdSystem));
    }

    public string ProgramId { get; }
    public string CohortId { get; }
    public string ClientId { get; }
    public string ClientSystem { get; }

    /// <summary>One Patient per client of the program, whatever cohorts they join.</summary>
    public ResourceKey Patient { get; }

    public string CarePlanSystem => Naming.IdentifierSystem(ProgramId, "careplan");

    public string CarePlanValue => $"{CohortId}/{ClientId}";

    /// <summary>One CarePlan per client per cohort: one course, one plan.</summary>
    public ResourceKey CarePlan { get; }

    public string EncounterSystem => Naming.IdentifierSystem(ProgramId, "encounter");

    public string EncounterValue(long sessionId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{sessionId}");

    public ResourceKey Encounter(long sessionId)
    {
        if (!_encounters.TryGetValue(sessionId, out var key))
            _encounters[sessionId] = key = ResourceKey.ByIdentifier("Encounter", EncounterSystem, EncounterValue(sessionId));
        return key;
    }

    public string ObservationSystem => Naming.IdentifierSystem(ProgramId, "test-result");

    public string ObservationValue(long resultId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{resultId}");

    public ResourceKey Observation(long resultId) => ResourceKey.ByIdentifier("Observation", ObservationSystem, ObservationValue(resultId));

    public string MeasureSystem => Naming.IdentifierSystem(ProgramId, "measure");

    /// <summary>A completed instrument is known by its own id, which never changes once it is recorded.</summary>
    public string MeasureValue(long measureId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{measureId}");

    public ResourceKey QuestionnaireResponse(long measureId) =>
        ResourceKey.ByIdentifier("QuestionnaireResponse", MeasureSystem, MeasureValue(measureId));

    public string MeasureObservationSystem => Naming.IdentifierSystem(ProgramId, "measure-observation");

    /// <summary>The panel of a completed instrument is known by the measure; each of its scores by the measure and the score's id.</summary>
    public string MeasureObservationValue(long measureId, string? scoreId) =>
        scoreId is null ? MeasureValue(measureId) : $"{MeasureValue(measureId)}/{scoreId}";

    /// <param name="scoreId">The score, such as <c>total</c>; null for the instrument's panel.</param>
    public ResourceKey MeasureObservation(long measureId, string? scoreId) =>
        ResourceKey.ByIdentifier("Observation", MeasureObservationSystem, MeasureObservationValue(measureId, scoreId));

    public string ConditionSystem => Naming.IdentifierSystem(ProgramId, "condition");

    /// <summary>
    /// A coded diagnosis is known by its code, so signing a new version that reorders the list updates the
    /// same Condition; a diagnosis in words has nothing but its place in the list.
    /// </summary>
    public string ConditionValue(int index, string? code) =>
        code is { Length: > 0 }
            ? $"{CohortId}/{ClientId}/icd-10-cm/{code}"
            : string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/text/{index}");

    public ResourceKey Condition(int index, string? code) => ResourceKey.ByIdentifier("Condition", ConditionSystem, ConditionValue(index, code));

    public string GoalSystem => Naming.IdentifierSystem(ProgramId, "goal");

    /// <summary>A goal has no identifier of its own in the plan: its problem's place and its place under it.</summary>
    public string GoalValue(int problemIndex, int goalIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{problemIndex}/{goalIndex}");

    public ResourceKey Goal(int problemIndex, int goalIndex) => ResourceKey.ByIdentifier("Goal", GoalSystem, GoalValue(problemIndex, goalIndex));

    public string CareTeamSystem => Naming.IdentifierSystem(ProgramId, "careteam");

    public string CareTeamValue => CarePlanValue;

    /// <summary>One CareTeam per client per cohort, beside the CarePlan it serves.</summary>
    public ResourceKey CareTeam => _careTeam ??= ResourceKey.ByIdentifier("CareTeam", CareTeamSystem, CareTeamValue);

    public string DocumentReferenceSystem => Naming.IdentifierSystem(ProgramId, "progress-note");

    /// <summary>A signed progress note is known by its own id, which never changes once it is written.</summary>
    public string DocumentReferenceValue(long noteId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{noteId}");

    public ResourceKey DocumentReference(long noteId) =>
        ResourceKey.ByIdentifier("DocumentReference", DocumentReferenceSystem, DocumentReferenceValue(noteId));

    public string ConsentSystem => Naming.IdentifierSystem(ProgramId, "consent");

    /// <summary>A consent is the client's with the program, whatever cohort they are in, and known by its own id.</summary>
    public string ConsentValue(long consentId) => string.Create(CultureInfo.InvariantCulture, $"{ClientId}/{consentId}");

    public ResourceKey Consent(long consentId) => ResourceKey.ByIdentifier("Consent", ConsentSystem, ConsentValue(consentId));

    public static string GroupSystem(string programId) => Naming.IdentifierSystem(programId, "cohort");

    public static ResourceKey Group(string programId, string cohortId) => ResourceKey.ByIdentifier("Group", GroupSystem(programId), cohortId);
}
