using System.Net;
using Hl7.Fhir.Model;
using IopCurriculum.Access;
using IopCurriculum.Consent;
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

    private void Tpo(string client, string recipient, LocalDate? expires = null) =>
        Engine.Consents.Record(client, new ConsentDraft(ConsentKinds.Tpo, recipient, null, [], null, ConsentCoverage.All,
            new LocalDate(2027, 1, 4), expires, new LocalDate(2027, 1, 4), null), null, "consent-lead");
}
