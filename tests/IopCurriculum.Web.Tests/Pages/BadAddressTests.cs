using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Pages;

/// <summary>
/// A page asked for with a value that is not one (a week that is not a number, a limit of "abc") answers
/// an HTML 400 page in the site's layout naming the value, never a 500 and never JSON.
/// </summary>
public sealed class BadAddressTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    public static TheoryData<string, string> Addresses() => new()
    {
        { $"/cohorts/{CohortPages.Demo}?week=x", "'x' is not a week number" },
        { $"/cohorts/{CohortPages.Demo}?week=99999999999", "'99999999999' is not a week number" },
        { "/curricula/matrix-16-week/1.0.0?week=abc", "'abc' is not a week number" },
        { "/admin/audit?limit=abc", "'abc' is not a number of entries" },
        { $"/cohorts/{CohortPages.Demo}/guides?week=two", "'two' is not a week number" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task AValueThatIsNotANumberIsABadRequestPageNamingIt(string address, string message)
    {
        var client = await _web.SignedInAs("ada", Roles.Admin + "," + Roles.ClinicalLead);
        var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, page.QuerySelector("#bad-address")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav"));
        Assert.NotNull(page.QuerySelector("a#bad-address-fix"));
    }

    [Fact]
    public async Task ASavedCountThatIsNotANumberOnTheRegisterIsABadRequestPage()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        var response = await client.GetAsync(new Uri($"/cohorts/{CohortPages.Demo}/sessions/{rp}/attendance?saved=lots", UriKind.Relative));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'lots' is not a number of entries saved", page.QuerySelector("#bad-address")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/cohorts/{CohortPages.Demo}/sessions/{rp}/attendance", page.QuerySelector("a#bad-address-fix")!.GetAttribute("href"));
    }

    private static HttpRequestMessage AsBrowser(HttpMethod method, string address)
    {
        var request = new HttpRequestMessage(method, new Uri(address, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [Fact]
    public async Task APacketWeekOutsideTheCohortIsAnHtmlPageForABrowserAndAProblemForAScript()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var address = $"/cohorts/{CohortPages.Demo}/guides/99.html";

        var browser = await client.SendAsync(AsBrowser(HttpMethod.Get, address));
        var page = await Forms.Read(browser);
        Assert.Equal(HttpStatusCode.BadRequest, browser.StatusCode);
        Assert.Equal("text/html", browser.Content.Headers.ContentType?.MediaType);
        Assert.Contains("runs weeks 1 to 16", page.QuerySelector("#problem-detail")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.top nav"));

        var script = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Equal("application/problem+json", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AFormWithoutAValidTokenIsToldItExpiredAndNothingIsSaved()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var before = _web.Engine.Measures.Of(CohortPages.Demo, "demo-01").Count;
        var request = AsBrowser(HttpMethod.Post, $"/cohorts/{CohortPages.Demo}/clients/demo-01/measures/new?measure=CRAVING");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "measure",
            ["__RequestVerificationToken"] = "stale",
            ["item-1"] = "3",
            ["answered-on"] = "2027-01-04",
        });
        var response = await client.SendAsync(request);
        var page = await Forms.Read(response);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, $"{response.StatusCode} {response.Content.Headers.ContentType}: {await response.Content.ReadAsStringAsync()}");
        Assert.True(page.QuerySelector("h1") is not null, $"{response.Content.Headers.ContentType}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("This form has expired", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"/cohorts/{CohortPages.Demo}/clients/demo-01/measures/new?measure=CRAVING", page.QuerySelector("a#problem-reload")!.GetAttribute("href"));
        Assert.Equal(before, _web.Engine.Measures.Of(CohortPages.Demo, "demo-01").Count);
    }

    [Theory]
    [InlineData("/admin/users?user=nobody", "There is no user 'nobody'")]
    [InlineData("/cohorts/no-such-cohort/guides", "cohort 'no-such-cohort' not found")]
    public async Task APageThatFindsNothingIsAnHtmlNotFoundPageNamingTheValue(string address, string message)
    {
        var client = await _web.SignedInAs("ada", Roles.Admin + "," + Roles.ClinicalLead);
        var response = await client.SendAsync(AsBrowser(HttpMethod.Get, address));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, page.QuerySelector("#problem-detail")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.top nav"));
    }

    [Fact]
    public async Task AnAddressWithNothingThereIsAnHtmlNotFoundPageForABrowser()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await client.SendAsync(AsBrowser(HttpMethod.Get, "/no/such/page"));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task AnUnknownSessionPreviewIsAProblemForAScriptAndAPageForABrowser()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        const string address = "/curricula/matrix-16-week/1.0.0/sessions/RP%2099/preview";

        var script = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.Equal("application/problem+json", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("has no session 'RP 99'", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var browser = await client.SendAsync(AsBrowser(HttpMethod.Get, address));
        var page = await Forms.Read(browser);
        Assert.Equal(HttpStatusCode.NotFound, browser.StatusCode);
        Assert.Contains("has no session 'RP 99'", page.QuerySelector("#problem-detail")!.TextContent, StringComparison.Ordinal);
    }
}
