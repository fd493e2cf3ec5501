using System.Globalization;
using IopCurriculum.Fhir.Reading;

namespace IopCurriculum.Fhir.Identity;

/// <summary>
/// The business identifiers of everything exported about one client in one cohort, from the program,
/// cohort, client and session ids. They never change, so a re-export updates what the server already has.
/// </summary>
public sealed record ClientKeys(string ProgramId, string CohortId, string ClientId, string ClientSystem)
{
    public static ClientKeys For(CohortContext cohort, string clientId)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new(cohort.Program.Id, cohort.Cohort.Id, clientId, Naming.ClientSystem(cohort.Program.Id, cohort.Program.ClientIdSystem));
    }

    /// <summary>One Patient per client of the program, whatever cohorts they join.</summary>
    public ResourceKey Patient => ResourceKey.ByIdentifier("Patient", ClientSystem, ClientId);

    public string CarePlanSystem => Naming.IdentifierSystem(ProgramId, "careplan");

    public string CarePlanValue => $"{CohortId}/{ClientId}";

    /// <summary>One CarePlan per client per cohort: one course, one plan.</summary>
    public ResourceKey CarePlan => ResourceKey.ByIdentifier("CarePlan", CarePlanSystem, CarePlanValue);

    public string EncounterSystem => Naming.IdentifierSystem(ProgramId, "encounter");

    public string EncounterValue(long sessionId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{sessionId}");

    public ResourceKey Encounter(long sessionId) => ResourceKey.ByIdentifier("Encounter", EncounterSystem, EncounterValue(sessionId));

    public string ObservationSystem => Naming.IdentifierSystem(ProgramId, "test-result");

    public string ObservationValue(long resultId) => string.Create(CultureInfo.InvariantCulture, $"{CohortId}/{ClientId}/{resultId}");

    public ResourceKey Observation(long resultId) => ResourceKey.ByIdentifier("Observation", ObservationSystem, ObservationValue(resultId));

    public static string GroupSystem(string programId) => Naming.IdentifierSystem(programId, "cohort");

    public static ResourceKey Group(string programId, string cohortId) => ResourceKey.ByIdentifier("Group", GroupSystem(programId), cohortId);
}
