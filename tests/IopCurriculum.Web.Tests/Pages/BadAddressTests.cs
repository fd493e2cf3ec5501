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
}
