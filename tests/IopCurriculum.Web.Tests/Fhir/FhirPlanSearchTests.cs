using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Web.Seeding;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>A client's signed treatment plan through the API: its Goals, Conditions and CareTeam, searched by patient and read by id.</summary>
public sealed class FhirPlanSearchTests : IDisposable
{
    private readonly FhirApi _api = new();

    public FhirPlanSearchTests()
    {
        var engine = _api.Web.Engine;
        _api.Web.User("lee", Roles.ClinicalLead);
        _api.Web.User("sam", Roles.Facilitator);
        engine.TreatmentPlans.Write(new PlanWriteRequest
        {
            CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(1), Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee",
        });
        engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(1), Actor = "lee" });
    }

    public void Dispose() => _api.Dispose();

    private async Task<string> PatientId(int client) =>
        (await _api.Resource<Bundle>($"/fhir/Patient?identifier={FhirApi.ClientId(client)}")).Entry.Single().Resource!.Id!;

    [Fact]
    public async Task GoalsConditionsAndTheCareTeamAreFoundByPatientAndReadById()
    {
        var patient = await PatientId(1);
        var goals = await _api.Resource<Bundle>($"/fhir/Goal?patient=Patient/{patient}");
        Assert.Equal(2, goals.Total);
        Assert.All(goals.Entry, e => Assert.Equal($"Patient/{patient}", ((Goal)e.Resource!).Subject!.Reference));
        var conditions = await _api.Resource<Bundle>($"/fhir/Condition?subject=Patient/{patient}");
        Assert.Equal(["F10.20", "F41.1", null], conditions.Entry.Select(e => ((Condition)e.Resource!).Code!.Coding.SingleOrDefault()?.Code));
        var team = (CareTeam)Assert.Single((await _api.Resource<Bundle>($"/fhir/CareTeam?patient={patient}")).Entry).Resource!;

        foreach (var resource in goals.Entry.Concat(conditions.Entry).Select(e => e.Resource!).Append(team))
        {
            var read = await _api.Resource<Resource>($"/fhir/{resource.TypeName}/{resource.Id}");
            Assert.True(read.IsExactly(resource));
            Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/{resource.TypeName}?_id={resource.Id}")).Total);
        }

        var other = await PatientId(2);
        foreach (var type in new[] { "Goal", "Condition", "CareTeam" })
            Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/{type}?patient=Patient/{other}")).Total);
        Assert.Equal(2, (await _api.Resource<Bundle>("/fhir/Goal")).Total);
    }

    [Fact]
    public async Task TheCarePlansReferencesResolveAmongTheServedResourcesAndMatchTheExport()
    {
        var served = new List<(string?, Resource)>();
        foreach (var type in new[] { "Patient", "CarePlan", "Condition", "Goal", "CareTeam", "PlanDefinition" })
        {
            var bundle = await _api.Resource<Bundle>($"/fhir/{type}?_count=1000");
            FhirApi.AssertValid(bundle);
            served.AddRange(bundle.Entry.Select(e => ((string?)null, e.Resource!)));
        }
        Assert.Empty(ExportChecks.Check(served, Part2Labels.DefaultNotice));
        var plan = served.Select(r => r.Item2).OfType<CarePlan>().Single(p => p.Addresses.Count > 0);
        Assert.Equal(3, plan.Addresses.Count);
        Assert.Equal(2, plan.Goal.Count);
        Assert.Single(plan.CareTeam);

        var folder = Path.Combine(_api.Web.DataFolder, "plan-export");
        new CarePlanExporter(_api.Web.Engine).Export(new CarePlanExportRequest { All = true, Format = ExportFormat.Ndjson, OutputFolder = folder, Recipient = FhirApi.Recipient });
        foreach (var type in new[] { "Condition", "Goal", "CareTeam" })
            foreach (var line in File.ReadLines(Path.Combine(folder, $"{type}.ndjson")))
            {
                var resource = FhirApi.Strict.DeserializeResource(line);
                var response = await _api.Get($"/fhir/{type}/{resource.Id}");
                Assert.Equal(line, await response.Content.ReadAsStringAsync());
            }
    }

    [Fact]
    public async Task TheCapabilityStatementListsGoalsAndConditionsWithTheirSearches()
    {
        var rest = Assert.Single((await _api.Resource<CapabilityStatement>("/fhir/metadata")).Rest);
        foreach (var type in new[] { "Goal", "Condition", "CareTeam" })
            Assert.Equal(["_id", "subject", "patient", "_lastUpdated"], rest.Resource.Single(r => r.Type == type).SearchParam.Select(p => p.Name));
    }
}
