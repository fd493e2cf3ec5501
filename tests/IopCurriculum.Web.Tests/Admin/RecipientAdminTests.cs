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
