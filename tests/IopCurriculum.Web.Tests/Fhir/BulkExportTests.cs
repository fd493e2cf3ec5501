using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Access;
using IopCurriculum.Fhir.Checks;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>Bulk Data $export over HTTP: kick-off, polling, the manifest, the files, who may see them, and cancelling.</summary>
public sealed class BulkExportTests : IDisposable
{
    private readonly FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AnExportRunsToAManifestWhoseFilesParseLineByLineWithTheCountsItStates()
    {
        _api.AttendWeekOne();
        var status = await KickOff("/fhir/$export");
        var manifest = await Poll(status);
        Assert.True(manifest.GetProperty("requiresAccessToken").GetBoolean());
        Assert.Equal("http://localhost/fhir/$export", manifest.GetProperty("request").GetString());
        Assert.Equal(0, manifest.GetProperty("error").GetArrayLength());
        Assert.True(DateTimeOffset.TryParse(manifest.GetProperty("transactionTime").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var outputs = manifest.GetProperty("output").EnumerateArray().ToList();
        Assert.Equal(["Patient", "CarePlan", "Encounter", "Consent", "Group", "PlanDefinition", "ActivityDefinition"], outputs.Select(o => o.GetProperty("type").GetString()));

        var resources = new List<(string?, Resource)>();
        foreach (var output in outputs)
        {
            var response = await _api.Get(output.GetProperty("url").GetString()!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/fhir+ndjson", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(output.GetProperty("count").GetInt32(), lines.Length);
            foreach (var line in lines)
            {
                var resource = FhirApi.Strict.DeserializeResource(line);
                Assert.Equal(output.GetProperty("type").GetString(), resource.TypeName);
                FhirApi.AssertValid(resource);
                resources.Add((null, resource));
            }
        }
        Assert.Empty(ExportChecks.Check(resources, Part2Labels.DefaultNotice));

        using var db = _api.Web.Engine.Database.Open();
        var disclosure = Assert.Single(db.ExportAudit.AsNoTracking());
        Assert.Equal(FhirApi.Integrator, disclosure.Actor);
        Assert.Equal(resources.Count, disclosure.Total);
        var audit = _api.Web.Engine.Audit.Read(new AuditQuery(Actor: FhirApi.Integrator, Action: "export"));
        Assert.Contains(audit, a => a.Status == 202);
        Assert.Contains(audit, a => a.Status == 200 && a.Count == resources.Count);
    }

    [Fact]
    public async Task TypeSinceAndGroupNarrowTheExport()
    {
        var group = (await _api.Resource<Bundle>("/fhir/Group")).Entry.Single().Resource!.Id;
        var manifest = await Poll(await KickOff($"/fhir/Group/{group}/$export?_type=Patient,CarePlan&_outputFormat=application/fhir%2Bndjson"));
        Assert.Equal(["Patient", "CarePlan"], manifest.GetProperty("output").EnumerateArray().Select(o => o.GetProperty("type").GetString()));
        Assert.All(manifest.GetProperty("output").EnumerateArray(), o => Assert.Equal(6, o.GetProperty("count").GetInt32()));

        _api.AttendWeekOne();
        var since = await Poll(await KickOff("/fhir/$export?_type=Patient&_since=2027-01-05T00:00:00Z"));
        Assert.Equal(5, since.GetProperty("output").EnumerateArray().Single().GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task SignedNotesAreExportedAsDocumentReferencesAndTypeTakesThemAlone()
    {
        _api.WriteNotes();
        var all = await Poll(await KickOff("/fhir/$export"));
        var documents = all.GetProperty("output").EnumerateArray().Single(o => o.GetProperty("type").GetString() == "DocumentReference");
        Assert.Equal(1, documents.GetProperty("count").GetInt32());

        var manifest = await Poll(await KickOff("/fhir/$export?_type=DocumentReference"));
        var output = manifest.GetProperty("output").EnumerateArray().Single();
        Assert.Equal("DocumentReference", output.GetProperty("type").GetString());
        var body = await (await _api.Get(output.GetProperty("url").GetString()!)).Content.ReadAsStringAsync();
        var document = (DocumentReference)FhirApi.Strict.DeserializeResource(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        Assert.Contains(FhirApi.SignedNoteText, System.Text.Encoding.UTF8.GetString(document.Content.Single().Attachment!.Data!), StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT-MARKER", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestResultsAreExportedOnlyWhenTheProgramOptsIn()
    {
        _api.Web.Clock.Advance(TimeSpan.FromDays(1));
        _api.Web.Engine.Results.Record(new Engine.Recording.ResultRequest
        {
            CohortId = FirstRunSeed.CohortId, ClientId = FhirApi.ClientId(1), CollectedOn = new NodaTime.LocalDate(2027, 1, 5), Outcome = "negative", Actor = "test",
        });
        var without = await Poll(await KickOff("/fhir/$export"));
        Assert.DoesNotContain(without.GetProperty("output").EnumerateArray(), o => o.GetProperty("type").GetString() == "Observation");
        _api.Web.Engine.Programs.SetExport(FirstRunSeed.ProgramId, null, true);
        var with = await Poll(await KickOff("/fhir/$export"));
        Assert.Contains(with.GetProperty("output").EnumerateArray(), o => o.GetProperty("type").GetString() == "Observation");
    }

    [Fact]
    public async Task AnotherUserCannotSeeTheJobOrItsFiles()
    {
        var status = await KickOff("/fhir/$export?_type=Patient");
        var manifest = await Poll(status);
        var file = manifest.GetProperty("output")[0].GetProperty("url").GetString()!;
        _api.Web.User("otto", Roles.Integrator);
        var other = _api.WithToken(_api.Web.Engine.Tokens.Issue("otto", "other", null, "test").Token);
        await FhirApi.Outcome(await _api.Get(status, other), HttpStatusCode.NotFound);
        await FhirApi.Outcome(await _api.Get(file, other), HttpStatusCode.NotFound);
        await FhirApi.Outcome(await other.DeleteAsync(FhirApi.Url(status)), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get(file)).StatusCode);
    }

    [Fact]
    public async Task CancellingRemovesTheJobAndItsFiles()
    {
        var status = await KickOff("/fhir/$export");
        var manifest = await Poll(status);
        var file = manifest.GetProperty("output")[0].GetProperty("url").GetString()!;
        var cancel = await _api.Client.DeleteAsync(FhirApi.Url(status));
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        await FhirApi.Outcome(await _api.Get(status), HttpStatusCode.NotFound);
        await FhirApi.Outcome(await _api.Get(file), HttpStatusCode.NotFound);
        Assert.False(Directory.Exists(Path.Combine(_api.Web.DataFolder, "exports", status.Split('/')[^1])));
        await FhirApi.Outcome(await _api.Client.DeleteAsync(FhirApi.Url(status)), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/fhir/$export?_type=Banana", true, "_type: 'Banana' is not a type this export writes")]
    [InlineData("/fhir/$export?_outputFormat=text/csv", true, "_outputFormat: 'text/csv' is not offered")]
    [InlineData("/fhir/$export?_since=yesterday", true, "_since: 'yesterday' is not a FHIR")]
    [InlineData("/fhir/$export?_since=2027-01-01", true, "_since: '2027-01-01' is not a FHIR instant")]
    [InlineData("/fhir/$export?_typeFilter=CarePlan%3Fstatus%3Dactive", true, "_typeFilter: not supported")]
    [InlineData("/fhir/$export", false, "Prefer: a Bulk Data export runs in the background")]
    public async Task BadKickOffsAre400(string path, bool preferAsync, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FhirApi.Url(path));
        if (preferAsync) request.Headers.Add("Prefer", "respond-async");
        var message = await FhirApi.Outcome(await _api.Client.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileIsRefusedInAnyFormatButNdjson()
    {
        var manifest = await Poll(await KickOff("/fhir/$export?_type=Patient"));
        using var request = new HttpRequestMessage(HttpMethod.Get, FhirApi.Url(manifest.GetProperty("output")[0].GetProperty("url").GetString()!));
        request.Headers.Accept.ParseAdd("application/fhir+json");
        await FhirApi.Outcome(await _api.Client.SendAsync(request), HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task AFailedJobAnswers500WithAnOperationOutcome()
    {
        // A file where the exports folder should be: the job cannot write its files.
        await File.WriteAllTextAsync(Path.Combine(_api.Web.DataFolder, "exports"), "in the way");
        var status = await KickOff("/fhir/$export?_type=Patient");
        for (var i = 0; i < 600; i++)
        {
            var response = await _api.Get(status);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                await Task.Delay(100);
                continue;
            }
            var message = await FhirApi.Outcome(response, HttpStatusCode.InternalServerError);
            Assert.StartsWith("the export failed", message, StringComparison.Ordinal);
            Assert.DoesNotContain(_api.Web.DataFolder, message, StringComparison.Ordinal);
            return;
        }
        Assert.Fail("the job never finished");
    }

    [Fact]
    public async Task AJobARestartInterruptedRunsAgainWhenTheHostStartsAndLeavesOutClientsWithoutConsent()
    {
        using var web = new IopWebFactory();
        var database = Persistence.IopDatabase.FromSetting(web.DatabasePath);
        database.Migrate();
        // The integrator and the organization they act for exist before the host starts; no client has consented to it.
        var setup = new Engine.IopEngine(database, web.Clock);
        setup.Users.Create(FhirApi.Integrator, "Ida", IopWebFactory.Password, Roles.Integrator, "test");
        setup.Recipients.Add(FhirApi.Recipient, "County EHR", IopCurriculum.Consent.RecipientClasses.TreatingProvider, IopCurriculum.Consent.DisclosurePurposes.Treatment, "test");
        setup.Users.SetRecipient(FhirApi.Integrator, FhirApi.Recipient, "test");
        using (var db = database.Open())
        {
            db.ExportJobs.Add(new Persistence.Records.ExportJobRecord
            {
                Id = "left-by-a-restart", RequestedBy = FhirApi.Integrator, Request = "http://localhost/fhir/$export?_type=Patient",
                Types = "Patient", Status = "running", RequestedUtc = web.Clock.GetUtcNow().UtcDateTime,
            });
            db.SaveChanges();
        }
        using var client = web.Browser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", web.Engine.Tokens.Issue(FhirApi.Integrator, "tests", null, "test").Token);
        var manifest = await Poll("http://localhost/fhir/bulk-status/left-by-a-restart", client);
        Assert.Empty(manifest.GetProperty("output").EnumerateArray());
        var error = manifest.GetProperty("error").EnumerateArray().Single();
        Assert.Equal("OperationOutcome", error.GetProperty("type").GetString());
        var outcome = FhirApi.Strict.Deserialize<OperationOutcome>(await client.GetStringAsync(FhirApi.Url(error.GetProperty("url").GetString()!)));
        var leftOut = outcome.Issue.Where(i => i.Severity == OperationOutcome.IssueSeverity.Error).ToList();
        Assert.Equal(6, leftOut.Count);
        Assert.All(leftOut, i => Assert.Matches("^Patient/[0-9a-f-]{36} left out: no consent names County EHR$", i.Diagnostics));
        Assert.DoesNotContain(FirstRunSeed.ClientNames[0], outcome.Issue.Select(i => i.Diagnostics));
    }

    private Task<string> KickOff(string path) => _api.KickOff(path);

    private Task<JsonElement> Poll(string status, HttpClient? client = null) => _api.Poll(status, client);
}
