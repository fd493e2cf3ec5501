using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Web.Seeding;
using NodaTime;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>
/// Measures through the API: QuestionnaireResponses searched by patient, Observations by patient and code (the
/// measures' scores and, where the program opts in, the test results), reads by id, and the Questionnaires, behind
/// the same gate, audit and error conventions as every other resource.
/// </summary>
public sealed class FhirMeasureSearchTests : IDisposable
{
    private static readonly LocalDate Today = new(2027, 1, 4);

    private readonly FhirApi _api = new();
    private readonly MeasureEntry _phq9;
    private readonly MeasureEntry _bam;

    public FhirMeasureSearchTests()
    {
        _phq9 = Record(1, "PHQ9", new() { ["1"] = 2, ["2"] = 2, ["3"] = 1, ["4"] = 1, ["5"] = 1, ["6"] = 1, ["7"] = 1, ["8"] = 1, ["9"] = 0 });
        _bam = Record(2, "BAM", new() { ["4"] = 1, ["5"] = 0, ["6"] = 1 });
    }

    public void Dispose() => _api.Dispose();

    private MeasureEntry Record(int client, string instrument, Dictionary<string, int> answers) =>
        _api.Web.Engine.Measures.Record(new MeasureRequest
        {
            CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(client), Instrument = instrument, AnsweredOn = Today, Answers = answers, Actor = "fay",
        }).Measure;

    private async Task<string> PatientId(int client) =>
        (await _api.Resource<Bundle>($"/fhir/Patient?identifier={FhirApi.ClientId(client)}")).Entry.Single().Resource!.Id!;

    [Fact]
    public async Task ASearchByPatientAnswersTheClientsResponsesAndTheirReadsAreTheExportsOwnLines()
    {
        var patient = await PatientId(1);
        var bundle = await _api.Resource<Bundle>($"/fhir/QuestionnaireResponse?patient={patient}");
        FhirApi.AssertValid(bundle);
        Assert.Equal(1, bundle.Total);
        var response = (QuestionnaireResponse)Assert.Single(bundle.Entry).Resource!;
        Assert.Equal($"http://localhost/fhir/QuestionnaireResponse/{response.Id}", bundle.Entry[0].FullUrl);
        Assert.Equal($"Patient/{patient}", response.Subject!.Reference);
        Assert.Equal("urn:iop:Questionnaire:PHQ9|1", response.Questionnaire);
        Assert.Equal(9, response.Item.Count);
        Assert.Contains(response.Meta!.Security, c => c.Code == "42CFRPart2");
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/QuestionnaireResponse?subject=Patient/{patient}")).Total);
        Assert.Equal(2, (await _api.Resource<Bundle>("/fhir/QuestionnaireResponse")).Total);

        var folder = Path.Combine(_api.Web.DataFolder, "measure-export");
        new CarePlanExporter(_api.Web.Engine).Export(new CarePlanExportRequest { All = true, Format = ExportFormat.Ndjson, OutputFolder = folder, Recipient = FhirApi.Recipient });
        foreach (var type in new[] { "QuestionnaireResponse", "Observation", "Questionnaire" })
            foreach (var line in File.ReadLines(Path.Combine(folder, $"{type}.ndjson")))
            {
                var id = FhirApi.Strict.DeserializeResource(line).Id;
                Assert.Equal(line, await (await _api.Get($"/fhir/{type}/{id}")).Content.ReadAsStringAsync());
            }
    }

    [Fact]
    public async Task ObservationsAreFoundByPatientAndByCodeWithOrWithoutItsSystem()
    {
        var patient = await PatientId(1);
        var byCode = await _api.Resource<Bundle>($"/fhir/Observation?patient={patient}&code=http://loinc.org|44261-6");
        var total = (Observation)Assert.Single(byCode.Entry).Resource!;
        Assert.Equal(10m, ((Quantity)total.Value!).Value);
        Assert.Equal("{score}", ((Quantity)total.Value).Code);
        Assert.Equal("Moderate (10-14)", total.Interpretation.Single().Text);
        Assert.Equal($"http://localhost/fhir/Observation?patient={patient}&code=http://loinc.org|44261-6", byCode.Link.Single(l => l.Relation == "self").Url);

        Assert.Equal(1, (await _api.Resource<Bundle>("/fhir/Observation?code=44261-6")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>("/fhir/Observation?code=http%3A%2F%2Floinc.org%7C44261-6")).Total);
        Assert.Equal(2, (await _api.Resource<Bundle>("/fhir/Observation?code=44261-6,44249-1")).Total);
        Assert.Equal(2, (await _api.Resource<Bundle>("/fhir/Observation?code=http://loinc.org|")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/Observation?code=|44261-6")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/Observation?code=http://snomed.info/sct|44261-6")).Total);
        // The BAM's scores are named in text alone: found by patient, never by a code.
        var bam = await _api.Resource<Bundle>($"/fhir/Observation?patient={await PatientId(2)}");
        Assert.Equal(4, bam.Total);
        Assert.All(bam.Entry, e => Assert.Empty(((Observation)e.Resource!).Code!.Coding));
        Assert.Equal(6, (await _api.Resource<Bundle>("/fhir/Observation")).Total);

        var panel = (Observation)(await _api.Resource<Bundle>($"/fhir/Observation?patient={patient}&code=44249-1")).Entry.Single().Resource!;
        var served = new List<(string?, Resource)>();
        foreach (var type in new[] { "Patient", "QuestionnaireResponse", "Observation" })
            served.AddRange((await _api.Resource<Bundle>($"/fhir/{type}?_count=1000")).Entry.Select(e => ((string?)null, e.Resource!)));
        served.AddRange((await _api.Resource<Bundle>("/fhir/Questionnaire")).Entry.Select(e => ((string?)null, e.Resource!)));
        Assert.Empty(ExportChecks.Check(served, Part2Labels.DefaultNotice));
        Assert.Equal([$"Observation/{total.Id}"], panel.HasMember.Select(m => m.Reference));
        Assert.True((await _api.Resource<Observation>($"/fhir/Observation/{total.Id}")).IsExactly(total));
    }

    [Fact]
    public async Task TestResultsAndMeasuresAreSearchedTogetherWhenTheProgramOptsIn()
    {
        _api.Web.Clock.Advance(TimeSpan.FromDays(1));
        _api.Web.Engine.Results.Record(new Engine.Recording.ResultRequest
        {
            CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(1), CollectedOn = new LocalDate(2027, 1, 5), Outcome = "negative", Actor = "test",
        });
        var patient = await PatientId(1);
        Assert.Equal(2, (await _api.Resource<Bundle>($"/fhir/Observation?patient={patient}")).Total);
        _api.Web.Engine.Programs.SetExport(FirstRunSeed.ProgramId, null, true);
        var both = await _api.Resource<Bundle>($"/fhir/Observation?patient={patient}");
        Assert.Equal(3, both.Total);
        var test = both.Entry.Select(e => (Observation)e.Resource!).Single(o => o.Category.Single().Coding.Single().Code == "laboratory");
        Assert.Equal("urine-drug-screen", test.Code!.Coding.Single().Code);
        Assert.True((await _api.Resource<Observation>($"/fhir/Observation/{test.Id}")).IsExactly(test));
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/Observation?code=urn:iop:CodeSystem:drug-test|urine-drug-screen")).Total);
    }

    [Fact]
    public async Task TheQuestionnairesAreReadBySearchAndIdAndDiscloseNothing()
    {
        var all = await _api.Resource<Bundle>("/fhir/Questionnaire");
        Assert.Equal(["PHQ9", "GAD7", "BAM", "CRAVING"], all.Entry.Select(e => ((Questionnaire)e.Resource!).Name));
        var phq9 = (Questionnaire)(await _api.Resource<Bundle>("/fhir/Questionnaire?url=urn:iop:Questionnaire:PHQ9&version=1")).Entry.Single().Resource!;
        Assert.Equal("44249-1", phq9.Code.Single().Code);
        Assert.Null(phq9.Meta);
        Assert.True((await _api.Resource<Questionnaire>($"/fhir/Questionnaire/{phq9.Id}")).IsExactly(phq9));
        Assert.Equal(0, (await _api.Resource<Bundle>("/fhir/Questionnaire?version=2")).Total);
        Assert.Empty(_api.Web.Engine.Disclosures.Accounting(FhirApi.ClientId(1)));
    }

    [Fact]
    public async Task ARevokedConsentHidesTheClientsMeasuresFromTheNextRequest()
    {
        var patient = await PatientId(1);
        var response = (await _api.Resource<Bundle>($"/fhir/QuestionnaireResponse?patient={patient}")).Entry.Single().Resource!;
        Assert.Contains("QuestionnaireResponse 1", _api.Web.Engine.Disclosures.Accounting(FhirApi.ClientId(1))[0].What, StringComparison.Ordinal);
        foreach (var consent in _api.Web.Engine.Consents.ForClient(FhirApi.ClientId(1)).Where(c => c.Standing == ConsentStanding.Active))
            _api.Web.Engine.Consents.Revoke(consent.Terms.Id, Today, null, Consenting.LeadName);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/QuestionnaireResponse?patient={patient}")).Total);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/Observation?patient={patient}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>("/fhir/QuestionnaireResponse")).Total);
        await FhirApi.Outcome(await _api.Get($"/fhir/QuestionnaireResponse/{response.Id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/fhir/Observation?code=|", HttpStatusCode.BadRequest, "code: '|' names neither a system nor a code")]
    [InlineData("/fhir/Observation?code=a|b|c", HttpStatusCode.BadRequest, "code: 'a|b|c' has more than one '|'")]
    [InlineData("/fhir/Observation?code=", HttpStatusCode.BadRequest, "code: an empty value")]
    [InlineData("/fhir/Observation?code:text=PHQ", HttpStatusCode.BadRequest, "code:text: search modifiers are not supported")]
    [InlineData("/fhir/Observation?status=final", HttpStatusCode.BadRequest, "status: not a search parameter of Observation")]
    [InlineData("/fhir/QuestionnaireResponse?code=44261-6", HttpStatusCode.BadRequest, "code: not a search parameter of QuestionnaireResponse")]
    [InlineData("/fhir/Questionnaire?patient=x", HttpStatusCode.BadRequest, "patient: not a search parameter of Questionnaire")]
    [InlineData("/fhir/Observation?_lastUpdated=ge2027-13-45", HttpStatusCode.BadRequest, "_lastUpdated: '2027-13-45' is not a FHIR date")]
    [InlineData("/fhir/Observation/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound, "Observation/00000000-0000-0000-0000-000000000000 not found")]
    [InlineData("/fhir/QuestionnaireResponse/nope", HttpStatusCode.NotFound, "QuestionnaireResponse/nope not found")]
    [InlineData("/fhir/Questionnaire/nope", HttpStatusCode.NotFound, "Questionnaire/nope not found")]
    public async Task BadSearchesAndUnknownIdsAreOperationOutcomesNot500s(string path, HttpStatusCode status, string expected)
    {
        var message = await FhirApi.Outcome(await _api.Get(path), status);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyIntegratorsGetInAndEverySearchAndReadIsAudited()
    {
        await FhirApi.Outcome(await _api.Get("/fhir/QuestionnaireResponse", _api.Web.Browser()), HttpStatusCode.Unauthorized);
        var lead = await _api.Web.SignedInAs("lee", Roles.ClinicalLead);
        await FhirApi.Outcome(await _api.Get("/fhir/Observation", lead), HttpStatusCode.Forbidden);

        var bundle = await _api.Resource<Bundle>("/fhir/Observation?code=44261-6");
        var id = bundle.Entry.Single().Resource!.Id;
        await _api.Resource<Observation>($"/fhir/Observation/{id}");
        var audit = _api.Web.Engine.Audit.Read(new AuditQuery(Actor: FhirApi.Integrator));
        Assert.Contains(audit, a => a.Action == "search" && a.Resource == "Observation?code=44261-6" && a.Count == 1);
        Assert.Contains(audit, a => a.Action == "read" && a.Resource == $"Observation/{id}");
    }

    [Fact]
    public async Task TheCapabilityStatementListsTheMeasuresTypesWithTheirSearches()
    {
        var rest = Assert.Single((await _api.Resource<CapabilityStatement>("/fhir/metadata")).Rest);
        Assert.Equal(["_id", "subject", "patient", "code", "_lastUpdated"], rest.Resource.Single(r => r.Type == "Observation").SearchParam.Select(p => p.Name));
        Assert.Equal(["_id", "subject", "patient", "_lastUpdated"], rest.Resource.Single(r => r.Type == "QuestionnaireResponse").SearchParam.Select(p => p.Name));
        var questionnaire = rest.Resource.Single(r => r.Type == "Questionnaire");
        Assert.Equal(["_id", "url", "version"], questionnaire.SearchParam.Select(p => p.Name));
        Assert.Contains(questionnaire.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Read);
    }

    [Fact]
    public async Task ABulkExportCarriesTheMeasuresAndTypeChoosesThem()
    {
        var manifest = await _api.Poll(await _api.KickOff("/fhir/$export?_type=QuestionnaireResponse,Observation,Questionnaire"));
        var outputs = manifest.GetProperty("output").EnumerateArray().ToDictionary(o => o.GetProperty("type").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Observation"] = 6, ["QuestionnaireResponse"] = 2, ["Questionnaire"] = 2 }, outputs);
        var file = manifest.GetProperty("output").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "QuestionnaireResponse").GetProperty("url").GetString()!;
        var lines = (await (await _api.Get(file)).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => FhirApi.AssertValid(FhirApi.Strict.DeserializeResource(l)));
        Assert.Contains(lines, l => l.Contains($"/{_bam.Id}\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"/{_phq9.Id}\"", StringComparison.Ordinal));
    }
}
