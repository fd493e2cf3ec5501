using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Testing;
using IopCurriculum.Web.Seeding;
using NodaTime;
using Duration = NodaTime.Duration;
using Task = System.Threading.Tasks.Task;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>
/// The FHIR API discloses a client only under an active consent naming the token's recipient, or a
/// break-glass in force: for the others, reads are 404 and searches neither return nor count them.
/// </summary>
public sealed class FhirConsentTests : IDisposable
{
    private readonly FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    private IopCurriculum.Engine.IopEngine Engine => _api.Web.Engine;

    private void RevokeAll(params string[] clients)
    {
        foreach (var client in clients)
            foreach (var consent in Engine.Consents.ForClient(client).Where(c => c.Standing == ConsentStanding.Active))
                Engine.Consents.Revoke(consent.Terms.Id, new LocalDate(2027, 1, 4), null, "consent-lead");
    }

    private async Task<Patient?> PatientOf(string client) =>
        (await _api.Resource<Bundle>($"/fhir/Patient?identifier={client}")).Entry.SingleOrDefault()?.Resource as Patient;

    [Fact]
    public async Task ARevocationHidesTheClientFromTheVeryNextRequestAndTheRefusalIsAudited()
    {
        var patient = (await PatientOf(FhirApi.ClientId(2)))!;
        Assert.Equal(6, (await _api.Resource<Bundle>("/fhir/Patient")).Total);

        RevokeAll(FhirApi.ClientId(2));
        Assert.Equal(5, (await _api.Resource<Bundle>("/fhir/Patient")).Total);
        Assert.Null(await PatientOf(FhirApi.ClientId(2)));
        await FhirApi.Outcome(await _api.Get($"/fhir/Patient/{patient.Id}"), HttpStatusCode.NotFound);
        Assert.Equal(0, (await _api.Resource<Bundle>($"/fhir/CarePlan?patient={patient.Id}")).Total);
        var refused = Engine.Audit.Read(new AuditQuery(Actor: FhirApi.Integrator, Action: "disclosure-refused"));
        Assert.Contains(refused, a => a.Resource.StartsWith($"client {FhirApi.ClientId(2)} to recipient county-ehr (fhir-read): the consent to County EHR was revoked", StringComparison.Ordinal));

        // What went before the revocation stays in the client's accounting; nothing was added after it.
        var accounting = Engine.Disclosures.Accounting(FhirApi.ClientId(2));
        Assert.All(accounting, line => Assert.Equal("county-ehr", line.RecipientId));
        Assert.Contains(accounting, line => line.Channel == "fhir-search" && line.What == "Patient 1");
    }

    [Fact]
    public async Task ExpiredOtherRecipientAndBreakGlassClientsAreAnsweredAsTheirStandingSays()
    {
        Engine.Recipients.Add("state-plan", "State Plan", RecipientClasses.HealthPlan, DisclosurePurposes.Payment, "test");
        RevokeAll(FhirApi.ClientId(3), FhirApi.ClientId(4), FhirApi.ClientId(5));
        Tpo(FhirApi.ClientId(3), FhirApi.Recipient, expires: new LocalDate(2027, 1, 10));
        Tpo(FhirApi.ClientId(4), "state-plan");
        _api.Web.User("lee", Roles.ClinicalLead);
        var glass = Engine.BreakGlass.Declare(FhirApi.ClientId(5), FhirApi.Recipient, "Seen in the emergency department", Duration.FromHours(72), "lee");

        Assert.NotNull(await PatientOf(FhirApi.ClientId(3)));
        Assert.Null(await PatientOf(FhirApi.ClientId(4)));
        Assert.NotNull(await PatientOf(FhirApi.ClientId(5)));
        var line = Engine.Disclosures.Accounting(FhirApi.ClientId(5))[0];
        Assert.Equal((glass.Id, "emergency"), (line.BreakGlassId!.Value, line.Purpose));

        // The break-glass ends 72 hours after it was declared; the consent on the day after its last.
        _api.Web.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 17, 0, 0, TimeSpan.Zero));
        Assert.Null(await PatientOf(FhirApi.ClientId(5)));
        Assert.NotNull(await PatientOf(FhirApi.ClientId(3)));
        _api.Web.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 17, 0, 0, TimeSpan.Zero));
        Assert.Null(await PatientOf(FhirApi.ClientId(3)));
        Assert.Equal(3, (await _api.Resource<Bundle>("/fhir/Patient")).Total);

        // The cohort's Group lists only the members the recipient may know of.
        var group = (Group)(await _api.Resource<Bundle>($"/fhir/Group?identifier={FirstRunSeed.CohortId}")).Entry.Single().Resource!;
        Assert.Equal(3, group.Member.Count);
    }

    /// <summary>Six new clients of the demo cohort, one per way of standing towards the county's EHR.</summary>
    private ConsentCases Cases()
    {
        string[] clients = ["case-1", "case-2", "case-3", "case-4", "case-5", "case-6"];
        foreach (var client in clients)
            Engine.Enrolments.Enrol(new IopCurriculum.Engine.Enrolling.EnrolRequest
            {
                CohortId = FirstRunSeed.CohortId, ClientId = client, GivenName = "Case", FamilyName = client, Week = 1, Actor = "test",
            });
        return ConsentCases.Arrange(Engine, _api.Web.Clock, FhirApi.Recipient, clients);
    }

    [Fact]
    public async Task SearchReadAndBulkExportOverHttpDiscloseExactlyTheConsentedAndTheBreakGlassClients()
    {
        var cases = Cases();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var client in cases.All)
            ids[client] = new IopCurriculum.Fhir.Serving.EnrolmentRow(0, FirstRunSeed.ProgramId, null, FirstRunSeed.CohortId, client).Keys().Patient.Id;

        // Search: a client who may not be disclosed is neither returned nor counted.
        var everyone = await _api.Pages("/fhir/Patient?_count=100");
        var listed = everyone.SelectMany(p => p.Entry).Select(e => ((Patient)e.Resource!).Identifier[0].Value!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(cases.Disclosed, cases.All.Where(listed.Contains).Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, everyone[0].Total);

        // Read: the same clients are there by id; the others are not found.
        foreach (var client in cases.All)
        {
            var response = await _api.Get($"/fhir/Patient/{ids[client]}");
            Assert.Equal(cases.Disclosed.Contains(client) ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }

        // $export: the same clients again, the others named in the manifest's error file by Patient id alone.
        var manifest = await _api.Poll(await _api.KickOff("/fhir/$export?_type=Patient,Consent"));
        var patients = await Lines(manifest, "Patient");
        var exported = patients.Select(l => ((Patient)FhirApi.Strict.DeserializeResource(l)).Identifier[0].Value!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(cases.Disclosed, cases.All.Where(exported.Contains).Order(StringComparer.Ordinal));
        var consents = (await Lines(manifest, "Consent")).Select(l => (Hl7.Fhir.Model.Consent)FhirApi.Strict.DeserializeResource(l)).ToList();
        Assert.Contains(consents, c => c.Patient!.Reference == $"Patient/{ids[cases.Active]}" && c.Status == Hl7.Fhir.Model.Consent.ConsentState.Active);
        Assert.DoesNotContain(consents, c => cases.All.Except(cases.Disclosed).Any(x => c.Patient!.Reference == $"Patient/{ids[x]}"));
        var error = manifest.GetProperty("error").EnumerateArray().Single().GetProperty("url").GetString()!;
        var outcome = FhirApi.Strict.Deserialize<OperationOutcome>(await (await _api.Get(error)).Content.ReadAsStringAsync());
        var leftOut = outcome.Issue.Where(i => i.Severity == OperationOutcome.IssueSeverity.Error).Select(i => i.Diagnostics!).ToList();
        foreach (var client in cases.All)
            Assert.Equal(cases.Disclosed.Contains(client) ? 0 : 1, leftOut.Count(d => d.StartsWith($"Patient/{ids[client]} left out", StringComparison.Ordinal)));
        Assert.All(leftOut, d => Assert.DoesNotContain("case-", d, StringComparison.Ordinal));
    }

    private async Task<string[]> Lines(System.Text.Json.JsonElement manifest, string type)
    {
        var url = manifest.GetProperty("output").EnumerateArray().Single(o => o.GetProperty("type").GetString() == type).GetProperty("url").GetString()!;
        return (await (await _api.Get(url)).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private void Tpo(string client, string recipient, LocalDate? expires = null) =>
        Engine.Consents.Record(client, new ConsentDraft(ConsentKinds.Tpo, recipient, null, [], null, ConsentCoverage.All,
            new LocalDate(2027, 1, 4), expires, new LocalDate(2027, 1, 4), null), null, "consent-lead");
}
