using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Admin;

/// <summary>Administrators add the organizations consents may name and integrators act for, and see who acts for each.</summary>
public sealed class RecipientAdminTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public RecipientAdminTests() => _web.User("root", Roles.Admin);

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task AnAdministratorAddsAnOrganizationAndADuplicateIsRefusedWithWhatWasTypedKept()
    {
        var root = await _web.SignedIn("root");
        var page = await Forms.Page(root, "/admin/recipients");
        Assert.NotNull(page.QuerySelector("#recipients-none"));

        var added = await Forms.Submit(root, page, "/admin/recipients", "add-recipient", new Dictionary<string, string>
        {
            ["recipient-name"] = "State Medicaid Plan", ["recipient-id"] = "State-Plan", ["recipient-class"] = RecipientClasses.HealthPlan, ["recipient-purpose"] = DisclosurePurposes.Payment,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        page = await Forms.Page(root, CohortPages.Target(added)!);
        Assert.StartsWith("State Medicaid Plan was added.", CohortPages.Text(page, "#recipient-added"), StringComparison.Ordinal);
        var row = page.QuerySelector("tr.recipient[data-recipient='state-plan']")!;
        Assert.Contains("Health plans and payers", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Payment", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("none", row.QuerySelector(".integrators")!.TextContent);
        Assert.Equal(new Recipient("state-plan", "State Medicaid Plan", RecipientClasses.HealthPlan, DisclosurePurposes.Payment), Assert.Single(_web.Engine.Recipients.List()));

        var again = await Forms.Submit(root, page, "/admin/recipients", "add-recipient", new Dictionary<string, string>
        {
            ["recipient-name"] = "Another Plan", ["recipient-id"] = "state-plan", ["recipient-class"] = RecipientClasses.HealthPlan, ["recipient-purpose"] = DisclosurePurposes.Payment,
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var refused = await CreationTests.Parse(again);
        Assert.Contains("recipient 'state-plan' already exists", CohortPages.Text(refused, "#recipient-error"), StringComparison.Ordinal);
        Assert.Equal("Another Plan", refused.QuerySelector("#recipient-name")!.GetAttribute("value"));
        Assert.Single(_web.Engine.Recipients.List());

        // The integrator acting for it is listed beside it.
        _web.User("ida", Roles.Integrator);
        _web.Engine.Users.SetRecipient("ida", "state-plan", "root");
        page = await Forms.Page(root, "/admin/recipients");
        Assert.NotEqual("none", page.QuerySelector("tr.recipient[data-recipient='state-plan'] .integrators")!.TextContent);
    }

    [Fact]
    public async Task AnAdministratorSendsCarePlansToAnOrganizationsServerAndStopsIt()
    {
        _web.Engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "root");
        var root = await _web.SignedIn("root");
        var page = await Forms.Page(root, "/admin/recipients");
        Assert.Equal("not sent", page.QuerySelector("tr.recipient[data-recipient='county-ehr'] .endpoint")!.TextContent);

        var plain = await Forms.Submit(root, page, "/admin/recipients", "set-endpoint", new Dictionary<string, string>
        {
            ["endpoint-recipient"] = "county-ehr", ["endpoint-url"] = "http://ehr.example.org/fhir", ["endpoint-token"] = "",
            ["endpoint-token-url"] = "", ["endpoint-client-id"] = "", ["endpoint-client-secret"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("is not encrypted", CohortPages.Text(await CreationTests.Parse(plain), "#recipient-error"), StringComparison.Ordinal);
        Assert.Empty(_web.Engine.Recipients.Endpoints());

        var set = await Forms.Submit(root, page, "/admin/recipients", "set-endpoint", new Dictionary<string, string>
        {
            ["endpoint-recipient"] = "county-ehr", ["endpoint-url"] = "https://ehr.example.org/fhir", ["endpoint-token"] = "",
            ["endpoint-token-url"] = "https://ehr.example.org/oauth/token", ["endpoint-client-id"] = "iop", ["endpoint-client-secret"] = "s3cret",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        page = await Forms.Page(root, CohortPages.Target(set)!);
        Assert.Equal("Care plans of clients who consent are now sent to County EHR at https://ehr.example.org/fhir.", CohortPages.Text(page, "#endpoint-set"));
        Assert.Equal("https://ehr.example.org/fhir (tokens from its token service)", page.QuerySelector("tr.recipient[data-recipient='county-ehr'] .endpoint")!.TextContent);
        var endpoint = Assert.Single(_web.Engine.Recipients.Endpoints());
        Assert.Equal(("iop", "s3cret"), (endpoint.Credentials!.ClientId, endpoint.Credentials.Secret));
        Assert.DoesNotContain("s3cret", page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var stopped = await Forms.Submit(root, page, "/admin/recipients", "set-endpoint", new Dictionary<string, string>
        {
            ["endpoint-recipient"] = "county-ehr", ["endpoint-url"] = "", ["endpoint-token"] = "",
            ["endpoint-token-url"] = "", ["endpoint-client-id"] = "", ["endpoint-client-secret"] = "",
        });
        page = await Forms.Page(root, CohortPages.Target(stopped)!);
        Assert.Equal("Care plans are not sent to County EHR.", CohortPages.Text(page, "#endpoint-set"));
        Assert.Empty(_web.Engine.Recipients.Endpoints());
    }

    [Theory]
    [InlineData(Roles.ClinicalLead)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Integrator)]
    public async Task OnlyAdministratorsMayOpenIt(string role)
    {
        _web.User("someone", role);
        var response = await (await _web.SignedIn("someone")).GetAsync(new Uri("/admin/recipients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
