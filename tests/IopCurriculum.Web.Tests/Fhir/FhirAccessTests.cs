using System.Net;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using IopCurriculum.Access;

namespace IopCurriculum.Web.Tests.Fhir;

/// <summary>Who gets in: integrators by bearer token or browser sign-in; everyone else gets a 401 or 403 OperationOutcome.</summary>
public sealed class FhirAccessTests : IDisposable
{
    private readonly FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AnIntegratorsBearerTokenOpensTheApi()
    {
        var capabilities = await _api.Resource<CapabilityStatement>("/fhir/metadata");
        Assert.Equal(FHIRVersion.N4_0_1, capabilities.FhirVersion);
    }

    [Fact]
    public async Task AnIntegratorSignedInInTheBrowserIsLetIn()
    {
        _api.Web.User("ivy", Roles.Integrator);
        var browser = await _api.Web.SignedIn("ivy");
        // Until an administrator says which organization the account acts for, no client has consented to it.
        Assert.Contains("acts for no recipient organization", await FhirApi.Outcome(await _api.Get("/fhir/Patient", browser), HttpStatusCode.Forbidden), StringComparison.Ordinal);
        _api.Web.Engine.Users.SetRecipient("ivy", FhirApi.Recipient, "test");
        browser = await _api.Web.SignedIn("ivy");
        var bundle = await _api.Resource<Bundle>("/fhir/Patient", browser);
        Assert.Equal(6, bundle.Total);
    }

    [Fact]
    public async Task ASignedInUserWithoutTheIntegratorRoleGets403AsAnOperationOutcome()
    {
        _api.Web.User("lee", Roles.ClinicalLead);
        var browser = await _api.Web.SignedIn("lee");
        var message = await FhirApi.Outcome(await _api.Get("/fhir/CarePlan", browser), HttpStatusCode.Forbidden);
        Assert.Contains("integrator", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTokenGets401WithTheBearerChallengeAndAnOperationOutcome()
    {
        var response = await _api.Get("/fhir/metadata", _api.Web.Browser());
        var message = await FhirApi.Outcome(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongTokenGets401()
    {
        var response = await _api.Get("/fhir/metadata", _api.WithToken("iop_not-a-real-token"));
        await FhirApi.Outcome(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevokedTokenGets401()
    {
        var issued = _api.Web.Engine.Tokens.Issue(FhirApi.Integrator, "to revoke", null, "test");
        var client = _api.WithToken(issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/fhir/metadata", client)).StatusCode);
        _api.Web.Engine.Tokens.Revoke(issued.Listing.Id, "test");
        await FhirApi.Outcome(await _api.Get("/fhir/metadata", client), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnExpiredTokenGets401()
    {
        var issued = _api.Web.Engine.Tokens.Issue(FhirApi.Integrator, "short-lived", TimeSpan.FromHours(1), "test");
        var client = _api.WithToken(issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/fhir/metadata", client)).StatusCode);
        _api.Web.Clock.Advance(TimeSpan.FromHours(2));
        await FhirApi.Outcome(await _api.Get("/fhir/metadata", client), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenOfAUserWhoLosesTheRoleGets401()
    {
        _api.Web.Engine.Users.Disable(FhirApi.Integrator, "test");
        await FhirApi.Outcome(await _api.Get("/fhir/Patient"), HttpStatusCode.Unauthorized);
    }
}
