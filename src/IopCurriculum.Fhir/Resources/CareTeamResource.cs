using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// The staff the signed plan makes responsible for its services, as the client's CareTeam. Staff are
/// not exported as Practitioners (the program keeps only user names), so each member is named by display
/// alone, with a role per service they are responsible for.
/// </summary>
public static class CareTeamResource
{
    public static CareTeam Build(ExportSettings settings, ClientPlan plan, SignedPlan treatment, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(keys);
        var html = new Xhtml()
            .Labelled("Care team", $"{plan.Cohort.Program.Name}, cohort {plan.Cohort.Cohort.Id}")
            .Labelled("Client", keys.ClientId)
            .Open("table").HeaderRow("Member", "Responsible for");
        foreach (var member in treatment.Team) html.Row(member.UserName, string.Join("; ", member.Services));
        html.Close("table");
        return new CareTeam
        {
            Id = withId ? keys.CareTeam.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = html.Element("p", settings.Notice).ToString() },
            Identifier = [new Identifier(keys.CareTeamSystem, keys.CareTeamValue)],
            Status = Status(plan.State),
            Name = $"{plan.Cohort.Program.Name} care team",
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            ManagingOrganization = [new ResourceReference { Display = plan.Cohort.Program.Name }],
            Participant = [.. treatment.Team.Select(m => new CareTeam.ParticipantComponent
            {
                Role = [.. m.Services.Select(s => new CodeableConcept { Text = $"responsible for {s}" })],
                Member = Staff.Named(m.UserName),
            })],
        };
    }

    /// <summary>The team works while the course runs, pauses with it, and is done when it ends.</summary>
    public static CareTeam.CareTeamStatus Status(PlanState state) => state switch
    {
        PlanState.OnHold => CareTeam.CareTeamStatus.Suspended,
        PlanState.Completed or PlanState.Revoked => CareTeam.CareTeamStatus.Inactive,
        _ => CareTeam.CareTeamStatus.Active,
    };
}
