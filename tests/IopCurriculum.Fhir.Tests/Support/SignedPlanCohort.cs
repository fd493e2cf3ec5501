using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>
/// The small cohort with treatment plans: <c>C-1</c> has a signed plan (the sample's two problems and a
/// third whose goals were achieved, not achieved and cancelled), <c>C-2</c> only an unsigned draft, and
/// <c>C-3</c> no plan at all.
/// </summary>
internal sealed class SignedPlanCohort : IDisposable
{
    public const string Signed = "C-1";
    public const string Draft = "C-2";
    public const string None = "C-3";

    /// <summary>The sample plan with a third problem, so every goal status is exported.</summary>
    public const string PlanText = SamplePlan.Text + """

          - statement: Conflict at home over money spent on drinking.
            goals:
              - statement: Agree a weekly budget with the partner.
                target: 2027-01-25
                status: achieved
                interventions:
                  - service: Family education groups
                    tracks: [FE]
                    responsible: sam
              - statement: Attend a couples session each week.
                target: 2027-02-01
                status: not-achieved
              - statement: Open a separate savings account.
                target: 2027-02-08
                status: cancelled
        """;

    public SignedPlanCohort()
    {
        var engine = Small.Harness.Engine;
        engine.Users.Create("lee", "Lee", "a long enough password", Roles.ClinicalLead, "setup");
        engine.Users.Create("sam", "Sam", "a long enough password", Roles.Facilitator, "setup");
        Write(Signed, PlanText);
        engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = SmallCohort.CohortId, ClientId = Signed, Actor = "lee" });
        Write(Draft, SamplePlan.Text);
    }

    public SmallCohort Small { get; } = new();

    private void Write(string client, string text) =>
        Small.Harness.Engine.TreatmentPlans.Write(new PlanWriteRequest
        {
            CohortId = SmallCohort.CohortId, ClientId = client, Source = text, SourceName = "plan.yaml", Actor = "lee",
        });

    public void Dispose() => Small.Dispose();
}
