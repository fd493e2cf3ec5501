using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Access;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>Signed progress notes through the API: DocumentReferences searched by patient and read by id, behind the same gate as every other resource.</summary>
public sealed class FhirNoteSearchTests : IDisposable
{
    private readonly FhirApi _api = new();

    public FhirNoteSearchTests() => _api.WriteNotes();

    public void Dispose() => _api.Dispose();

    private async Task<string> PatientId(int client) =>
        (await _api.Resource<Bundle>($"/fhir/Patient?identifier={FhirApi.ClientId(client)}")).Entry.Single().Resource!.Id!;

    private static string Attached(DocumentReference document) => Encoding.UTF8.GetString(document.Content.Single().Attachment!.Data!);

    [Fact]
    public async Task ASearchByPatientAnswersTheClientsSignedNotesAsASearchset()
    {
        var patient = await PatientId(1);
        var bundle = await _api.Resource<Bundle>($"/fhir/DocumentReference?patient={patient}");
        FhirApi.AssertValid(bundle);
        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(1, bundle.Total);
        Assert.Equal($"http://localhost/fhir/DocumentReference?patient={patient}", bundle.Link.Single(l => l.Relation == "self").Url);
        var entry = Assert.Single(bundle.Entry);
        var document = (DocumentReference)entry.Resource!;
        Assert.Equal($"http://localhost/fhir/DocumentReference/{document.Id}", entry.FullUrl);
        Assert.Equal($"Patient/{patient}", document.Subject!.Reference);
        Assert.Equal("11506-3", document.Type!.Coding.Single().Code);
        Assert.Equal(CompositionStatus.Final, document.DocStatus);
        Assert.Contains(FhirApi.SignedNoteText, Attached(document), StringComparison.Ordinal);
        Assert.Contains(document.Meta!.Security, c => c.Code == "42CFRPart2");

        Assert.True((await _api.Resource<DocumentReference>($"/fhir/DocumentReference/{document.Id}")).IsExactly(document));
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/DocumentReference?_id={document.Id}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>($"/fhir/DocumentReference?subject=Patient/{patient}")).Total);
        Assert.Equal(1, (await _api.Resource<Bundle>("/fhir/DocumentReference")).Total);
    }

    [Fact]
    public async Task AClientWithOnlyADraftHasNoDocumentAndTheDraftIsInNoAnswer()
    {
        var draft = await PatientId(2);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/DocumentReference?patient={draft}")).Total);
        var all = await _api.Get("/fhir/DocumentReference?_count=1000");
        var body = await all.Content.ReadAsStringAsync();
        Assert.DoesNotContain("DRAFT-MARKER", body, StringComparison.Ordinal);
        var bundle = FhirApi.Strict.Deserialize<Bundle>(body);
        Assert.All(bundle.Entry, e => Assert.DoesNotContain("DRAFT-MARKER", Attached((DocumentReference)e.Resource!), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDocumentsEncounterAndPatientAreServedTooAndTheAnswerIsTheExportsOwnLine()
    {
        var served = new List<(string?, Resource)>();
        foreach (var type in new[] { "Patient", "Encounter", "DocumentReference" })
            served.AddRange((await _api.Resource<Bundle>($"/fhir/{type}?_count=1000")).Entry.Select(e => ((string?)null, e.Resource!)));
        Assert.Empty(ExportChecks.Check(served, Part2Labels.DefaultNotice));
        var document = served.Select(r => r.Item2).OfType<DocumentReference>().Single();
        var encounter = (Encounter)served.Select(r => r.Item2).Single(r => $"Encounter/{r.Id}" == document.Context!.Encounter.Single().Reference);
        Assert.Equal(document.Subject!.Reference, encounter.Subject!.Reference);

        var folder = Path.Combine(_api.Web.DataFolder, "note-export");
        new CarePlanExporter(_api.Web.Engine).Export(new CarePlanExportRequest { All = true, Format = ExportFormat.Ndjson, OutputFolder = folder, Recipient = FhirApi.Recipient });
        var line = Assert.Single(File.ReadLines(Path.Combine(folder, "DocumentReference.ndjson")));
        Assert.Equal(line, await (await _api.Get($"/fhir/DocumentReference/{document.Id}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/fhir/DocumentReference?colour=blue", HttpStatusCode.BadRequest, "colour: not a search parameter of DocumentReference")]
    [InlineData("/fhir/DocumentReference?status=current", HttpStatusCode.BadRequest, "status: not a search parameter of DocumentReference")]
    [InlineData("/fhir/DocumentReference?_lastUpdated=ge2027-13-45", HttpStatusCode.BadRequest, "_lastUpdated: '2027-13-45' is not a FHIR date")]
    [InlineData("/fhir/DocumentReference?patient=", HttpStatusCode.BadRequest, "patient: an empty value")]
    [InlineData("/fhir/DocumentReference?patient:Patient=x", HttpStatusCode.BadRequest, "patient:Patient: search modifiers are not supported")]
    [InlineData("/fhir/DocumentReference?_count=many", HttpStatusCode.BadRequest, "_count: 'many' is not a whole number")]
    [InlineData("/fhir/DocumentReference/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound, "DocumentReference/00000000-0000-0000-0000-000000000000 not found")]
    public async Task BadSearchesAndUnknownIdsAreOperationOutcomesNot500s(string path, HttpStatusCode status, string expected)
    {
        var message = await FhirApi.Outcome(await _api.Get(path), status);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyIntegratorsGetInAndEverySearchAndReadIsAudited()
    {
        await FhirApi.Outcome(await _api.Get("/fhir/DocumentReference", _api.Web.Browser()), HttpStatusCode.Unauthorized);
        var lead = await _api.Web.SignedInAs("lee", Roles.ClinicalLead);
        await FhirApi.Outcome(await _api.Get("/fhir/DocumentReference", lead), HttpStatusCode.Forbidden);

        var bundle = await _api.Resource<Bundle>("/fhir/DocumentReference?_count=5");
        var id = bundle.Entry.Single().Resource!.Id;
        await _api.Resource<DocumentReference>($"/fhir/DocumentReference/{id}");
        var audit = _api.Web.Engine.Audit.Read(new AuditQuery(Actor: FhirApi.Integrator));
        Assert.Contains(audit, a => a.Action == "search" && a.Resource == "DocumentReference?_count=5" && a.Count == 1);
        Assert.Contains(audit, a => a.Action == "read" && a.Resource == $"DocumentReference/{id}");
    }

    [Fact]
    public async Task TheCapabilityStatementListsDocumentReferenceWithItsSearches()
    {
        var rest = Assert.Single((await _api.Resource<CapabilityStatement>("/fhir/metadata")).Rest);
        var documents = rest.Resource.Single(r => r.Type == "DocumentReference");
        Assert.Equal(["_id", "subject", "patient", "_lastUpdated"], documents.SearchParam.Select(p => p.Name));
        Assert.Contains(documents.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.Read);
        Assert.Contains(documents.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.SearchType);
    }
}
