using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Integration;

public sealed class IntegrationPageTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public IntegrationPageTests() => _web.User("ivy", Roles.Integrator);

    public void Dispose() => _web.Dispose();

    [Theory]
    [InlineData(Roles.ClinicalLead)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Admin)]
    public async Task OnlyIntegratorsOpenThePage(string role)
    {
        _web.User("someone", role);
        var response = await (await _web.SignedIn("someone")).GetAsync(new Uri("/integration", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageGivesTheApisAddressesAndACurlExample()
    {
        var page = await Forms.Page(await _web.SignedIn("ivy"), "/integration");
        var text = page.Body!.TextContent;
        Assert.Contains("http://localhost/fhir/metadata", text, StringComparison.Ordinal);
        Assert.Contains("/fhir/CarePlan?subject=", text, StringComparison.Ordinal);
        Assert.Contains("/fhir/$export", text, StringComparison.Ordinal);
        Assert.Contains("curl -H \"Authorization: Bearer", page.QuerySelector("pre.curl")!.TextContent, StringComparison.Ordinal);
        // Quoted, so a shell pasted into does not read $export as a variable.
        Assert.Contains("'http://localhost/fhir/$export'", page.QuerySelector("pre.curl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIssuedTokenIsShownOnceAndOpensTheApi()
    {
        var client = await _web.SignedIn("ivy");
        var response = await Forms.Submit(client, "/integration", "issue-token", Forms.Fields(("Input.Label", "Eastside EHR"), ("Input.Days", "30")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var token = page.QuerySelector("pre.token")!.TextContent.Trim();
        Assert.StartsWith("iop_", token, StringComparison.Ordinal);
        Assert.Contains(token, page.QuerySelector("pre.curl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ivy", _web.Engine.Tokens.Authenticate(token)!.UserName);

        var record = Assert.Single(_web.Engine.Tokens.List(_web.Engine.Users.Find("ivy")!.Id));
        Assert.Equal("Eastside EHR", record.Name);
        Assert.Equal(_web.Clock.GetUtcNow().UtcDateTime.AddDays(30), record.ExpiresUtc);

        var again = await Forms.Page(client, "/integration");
        Assert.Null(again.QuerySelector("pre.token"));
        Assert.DoesNotContain(token, again.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains(record.Prefix, again.QuerySelector($"tr[data-token='{record.Id}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "ivy", Action: "token-issue")), a => a.Resource.Contains(record.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATokenWithoutExpiryNeverExpires()
    {
        var response = await Forms.Submit(await _web.SignedIn("ivy"), "/integration", "issue-token", Forms.Fields(("Input.Label", "Analyst")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(_web.Engine.Tokens.List()).ExpiresUtc);
    }

    [Fact]
    public async Task ATokenNeedsALabelAndAPositiveExpiry()
    {
        var client = await _web.SignedIn("ivy");
        var noLabel = await Forms.Submit(client, "/integration", "issue-token", Forms.Fields(("Input.Label", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, noLabel.StatusCode);
        Assert.Contains("needs a name", await noLabel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var zeroDays = await Forms.Submit(client, "/integration", "issue-token", Forms.Fields(("Input.Label", "EHR"), ("Input.Days", "0")));
        Assert.Equal(HttpStatusCode.BadRequest, zeroDays.StatusCode);
        Assert.Contains("positive number of days", await zeroDays.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_web.Engine.Tokens.List());
    }

    [Fact]
    public async Task AnIntegratorRevokesTheirOwnTokenButNotAnothers()
    {
        _web.User("other", Roles.Integrator);
        var mine = _web.Engine.Tokens.Issue("ivy", "EHR", null, "ivy");
        var theirs = _web.Engine.Tokens.Issue("other", "Lab", null, "other");
        var client = await _web.SignedIn("ivy");
        var page = await Forms.Page(client, "/integration");
        Assert.Null(page.QuerySelector($"tr[data-token='{theirs.Listing.Id}']"));

        var refused = await Forms.Submit(client, page, "/integration", "revoke-token", Forms.Fields(("TokenId", theirs.Listing.Id.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.NotNull(_web.Engine.Tokens.Authenticate(theirs.Token));

        var response = await Forms.Submit(client, "/integration", "revoke-token", Forms.Fields(("TokenId", mine.Listing.Id.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_web.Engine.Tokens.Authenticate(mine.Token));
        Assert.Equal("revoked", (await Forms.Page(client, "/integration")).QuerySelector($"tr[data-token='{mine.Listing.Id}'] .state")!.TextContent);
    }

    [Fact]
    public async Task IssuingWithoutTheAntiforgeryTokenIsRefused()
    {
        using var content = new FormUrlEncodedContent(Forms.Fields(("_handler", "issue-token"), ("Input.Label", "EHR")));
        var response = await (await _web.SignedIn("ivy")).PostAsync(new Uri("/integration", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_web.Engine.Tokens.List());
    }
}
