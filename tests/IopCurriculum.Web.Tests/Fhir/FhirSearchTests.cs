using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Engine;
using IopCurriculum.Access;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>The CapabilityStatement, read and search of each type, paging, and that the answers are the export's own resources.</summary>
public sealed class FhirSearchTests : IDisposable
{
    private readonly FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task TheCapabilityStatementListsTheTypesTheirSearchesTheExportAndTheBearerTokens()
    {
        var capabilities = await _api.Resource<CapabilityStatement>("/fhir/metadata");
        FhirApi.AssertValid(capabilities);
        Assert.Contains("json", capabilities.Format);
        var rest = Assert.Single(capabilities.Rest);
        Assert.Contains("Bearer", rest.Security!.Description, StringComparison.Ordinal);
        Assert.Equal(["CarePlan", "Patient", "Condition", "Goal", "CareTeam", "Encounter", "Observation", "QuestionnaireResponse", "DocumentReference", "Consent", "Group", "PlanDefinition", "Questionnaire"],
            rest.Resource.Select(r => r.Type));
        var carePlan = rest.Resource[0];
        Assert.Equal(["subject", "patient", "status", "_lastUpdated"], carePlan.SearchParam.Select(p => p.Name).Where(n => n != "_id"));
        Assert.Contains(carePlan.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Read);
        Assert.Contains(carePlan.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.SearchType);
        Assert.Contains(rest.Operation, o => o.Name == "export");
        Assert.Contains(rest.Resource.Single(r => r.Type == "Group").Operation, o => o.Name == "export");
    }

    [Fact]
    public async Task ASearchsetHasItsTotalSelfLinkAndFullUrlsThatReadBack()
    {
        var bundle = await _api.Resource<Bundle>("/fhir/CarePlan");
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(6, bundle.Total);
        Assert.Equal("http://localhost/fhir/CarePlan", bundle.Link.Single(l => l.Relation == "self").Url);
        foreach (var entry in bundle.Entry)
        {
            Assert.Equal($"http://localhost/fhir/CarePlan/{entry.Resource!.Id}", entry.FullUrl);
            var read = await _api.Resource<CarePlan>(entry.FullUrl!);
            Assert.True(read.IsExactly(entry.Resource));
        }
    }

    [Fact]
    public async Task CarePlansAreFoundByTheirSubjectOrPatient()
    {
        var patients = await _api.Resource<Bundle>("/fhir/Patient");
        var patient = patients.Entry[2].Resource!;
        foreach (var query in new[] { $"subject=Patient/{patient.Id}", $"patient={patient.Id}", $"subject=http://localhost/fhir/Patient/{patient.Id}" })
        {
            var bundle = await _api.Resource<Bundle>($"/fhir/CarePlan?{query}");
            var plan = (CarePlan)Assert.Single(bundle.Entry).Resource!;
            Assert.Equal($"Patient/{patient.Id}", plan.Subject!.Reference);
            Assert.Equal(1, bundle.Total);
        }
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/CarePlan?subject=Patient/someone-else")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/CarePlan?subject=Group/{patient.Id}")).Total);
    }

    [Fact]
    public async Task CarePlansAreFoundByStatus()
    {
        _api.Web.Engine.Clinical.Discharge(new ClinicalRequest { CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(2), Reason = "moved away", Actor = "test" });
        var revoked = await _api.Resource<Bundle>("/fhir/CarePlan?status=revoked");
        var plan = (CarePlan)Assert.Single(revoked.Entry).Resource!;
        Assert.Equal(RequestStatus.Revoked, plan.Status);
        Assert.EndsWith(FhirApi.ClientId(2), plan.Identifier[0].Value, StringComparison.Ordinal);
        Assert.Equal(5, (await _api.Resource<Bundle>("/fhir/CarePlan?status=active")).Total);
        Assert.Equal(6, (await _api.Resource<Bundle>("/fhir/CarePlan?status=active,revoked")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/CarePlan?status=completed")).Total);
    }

    [Fact]
    public async Task LastUpdatedFollowsWhatWasLastRecordedAboutTheClientWithEachPrefix()
    {
        // Everyone was enrolled at the seed (2027-01-04 17:00Z); a day later one client's attendance is recorded.
        _api.AttendWeekOne();
        var seeded = "2027-01-04T17:00:00Z";
        Assert.Equal(6, (await _api.Resource<Bundle>($"/fhir/CarePlan?_lastUpdated=ge{seeded}")).Total);
        Assert.Equal(6, (await _api.Resource<Bundle>("/fhir/CarePlan?_lastUpdated=ge2027-01-04")).Total);
        Assert.Equal(5, (await _api.Resource<Bundle>($"/fhir/CarePlan?_lastUpdated=gt{seeded}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/CarePlan?_lastUpdated=le{seeded}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/CarePlan?_lastUpdated=eq{seeded}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>("/fhir/CarePlan?_lastUpdated=2027-01-04")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/CarePlan?_lastUpdated=lt{seeded}")).Total);
        Assert.Equal(5, (await _api.Resource<Bundle>("/fhir/CarePlan?_lastUpdated=ge2027-01-05&_lastUpdated=lt2027-02")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/CarePlan?_lastUpdated=gt2027-01")).Total);
    }

    [Fact]
    public async Task CountPagesThroughEveryMatchByNextLinks()
    {
        var pages = await _api.Pages("/fhir/Patient?_count=4");
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(6, p.Total));
        Assert.Equal([4, 2], pages.Select(p => p.Entry.Count));
        Assert.Equal("http://localhost/fhir/Patient?_count=4&_offset=4", pages[0].Link.Single(l => l.Relation == "next").Url);
        Assert.DoesNotContain(pages[1].Link, l => l.Relation == "next");
        var ids = pages.SelectMany(p => p.Entry).Select(e => e.Resource!.Id).ToList();
        Assert.Equal(6, ids.Distinct().Count());
        var none = await _api.Resource<Bundle>("/fhir/Patient?_count=0");
        Assert.Equal(6, none.Total);
        Assert.Empty(none.Entry);
    }

    [Fact]
    public async Task EncountersArePerAttendedSessionAndFoundByPatient()
    {
        _api.AttendWeekOne();
        var all = await _api.Resource<Bundle>("/fhir/Encounter?_count=1000");
        Assert.True(all.Total > 0);
        var patient = ((Encounter)all.Entry[0].Resource!).Subject!.Reference;
        var theirs = await _api.Resource<Bundle>($"/fhir/Encounter?patient={patient}");
        Assert.True(theirs.Total > 0);
        Assert.All(theirs.Entry, e => Assert.Equal(patient, ((Encounter)e.Resource!).Subject!.Reference));
        var one = theirs.Entry[0].Resource!;
        Assert.True((await _api.Resource<Encounter>($"/fhir/Encounter/{one.Id}")).IsExactly(one));
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/Encounter?_id={one.Id}")).Total);
        // The last demo client attended nothing.
        var absent = (await _api.Resource<Bundle>($"/fhir/Patient?identifier={FhirApi.ClientId(6)}")).Entry.Single().Resource!;
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/Encounter?subject=Patient/{absent.Id}")).Total);
    }

    [Fact]
    public async Task GroupsAndPlanDefinitionsAreReadAndSearched()
    {
        var groups = await _api.Resource<Bundle>("/fhir/Group");
        var group = (Group)Assert.Single(groups.Entry).Resource!;
        Assert.Equal(6, group.Member.Count);
        Assert.True((await _api.Resource<Group>($"/fhir/Group/{group.Id}")).IsExactly(group));
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/Group?identifier={FirstRunSeed.CohortId}")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/Group?identifier=urn:other|demo-cohort")).Total);

        var definitions = await _api.Resource<Bundle>("/fhir/PlanDefinition");
        var plan = (PlanDefinition)Assert.Single(definitions.Entry).Resource!;
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/PlanDefinition?url={plan.Url}&version={plan.Version}")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/PlanDefinition?url={plan.Url}&version=0.0.0")).Total);
        Assert.True((await _api.Resource<PlanDefinition>($"/fhir/PlanDefinition/{plan.Id}")).IsExactly(plan));
    }

    [Fact]
    public async Task TheApiServesTheBulkExportsOwnResourcesByteForByte()
    {
        _api.AttendWeekOne();
        var folder = Path.Combine(_api.Web.DataFolder, "cli-export");
        new CarePlanExporter(_api.Web.Engine).Export(new CarePlanExportRequest { All = true, Format = ExportFormat.Ndjson, OutputFolder = folder, Recipient = FhirApi.Recipient });
        var lines = Directory.GetFiles(folder, "*.ndjson").SelectMany(File.ReadLines)
            .Select(line => (Line: line, Resource: FhirApi.Strict.DeserializeResource(line)))
            .Where(r => r.Resource.TypeName is "Patient" or "CarePlan" or "Encounter" or "Group" or "PlanDefinition")
            .ToList();
        Assert.Contains(lines, l => l.Resource is Encounter);
        foreach (var (line, resource) in lines)
        {
            var response = await _api.Get($"/fhir/{resource.TypeName}/{resource.Id}");
            Assert.Equal(line, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task FhirResponsesPassTheSameValidationAsTheExport()
    {
        _api.AttendWeekOne();
        var served = new List<(string?, Resource)>();
        foreach (var type in new[] { "Patient", "CarePlan", "Encounter", "Group", "PlanDefinition" })
        {
            var bundle = await _api.Resource<Bundle>($"/fhir/{type}?_count=1000");
            FhirApi.AssertValid(bundle);
            Assert.Equal(bundle.Total, bundle.Entry.Count);
            served.AddRange(bundle.Entry.Select(e => ((string?)null, e.Resource!)));
        }
        Assert.Contains(served, r => r.Item2 is Encounter);
        Assert.Empty(ExportChecks.Check(served, Part2Labels.DefaultNotice));
        Assert.All(served.Where(r => r.Item2 is not PlanDefinition), r =>
            Assert.Contains(r.Item2.Meta!.Security, c => c.Code == "42CFRPart2"));
    }

    [Fact]
    public async Task TheProgramsClientIdSystemIsWhatPatientsCarry()
    {
        _api.Web.Engine.Programs.SetExport(FirstRunSeed.ProgramId, "urn:oid:2.16.840.1.113883.19.5", null);
        var bundle = await _api.Resource<Bundle>($"/fhir/Patient?identifier=urn:oid:2.16.840.1.113883.19.5|{FhirApi.ClientId(1)}");
        var patient = (Patient)Assert.Single(bundle.Entry).Resource!;
        Assert.Equal("urn:oid:2.16.840.1.113883.19.5", patient.Identifier[0].System);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/Patient?identifier=urn:iop:demo:client|{FhirApi.ClientId(1)}")).Total);
    }

    [Fact]
    public async Task ReadsAndSearchesAreAuditedByIdWithoutNames()
    {
        var plans = await _api.Resource<Bundle>("/fhir/CarePlan?_count=2");
        var id = plans.Entry[0].Resource!.Id;
        await _api.Resource<CarePlan>($"/fhir/CarePlan/{id}");
        var audit = _api.Web.Engine.Audit.Read(new AuditQuery(Actor: FhirApi.Integrator));
        Assert.Contains(audit, a => a.Action == "read" && a.Resource == $"CarePlan/{id}");
        Assert.Contains(audit, a => a.Action == "search" && a.Resource == "CarePlan?_count=2" && a.Count == 2);
        Assert.DoesNotContain(audit, a => FirstRunSeed.ClientNames.Append("Demo").Any(n => a.Resource.Contains(n, StringComparison.Ordinal)));
    }
}
