using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Fhir;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Admin;

public sealed class AuditPageTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public AuditPageTests() => _web.User("root", Roles.Admin);

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheAccessAuditIsFilteredByUserAndActionNewestFirst()
    {
        _web.Engine.Audit.Record("lee", "read", "cohort demo-cohort dashboard", 200, 6);
        _web.Engine.Audit.Record("fran", "read", "cohort demo-cohort guides week 1", 200);
        _web.Engine.Audit.Record("lee", "export", "careplans ndjson", 200, 12);
        _web.Engine.Audit.Record("lee", "read", "cohort demo-cohort guides week 2", 200);
        var client = await _web.SignedIn("root");

        var page = await Forms.Page(client, "/admin/audit?user=lee&action=read");
        var resources = Forms.Texts(page, "table.access tbody tr td:nth-child(4)");
        Assert.Equal(["cohort demo-cohort guides week 2", "cohort demo-cohort dashboard"], resources);

        page = await Forms.Page(client, "/admin/audit?user=lee&limit=1");
        Assert.Equal(["cohort demo-cohort guides week 2"], Forms.Texts(page, "table.access tbody tr td:nth-child(4)"));
    }

    [Fact]
    public async Task AnAccessFromTheCommandLineSaysSoRatherThanAStatusOfNought()
    {
        _web.Engine.Audit.Record("lee", "user-create", "user fran", 0);
        var page = await Forms.Page(await _web.SignedIn("root"), "/admin/audit?action=user-create");
        var statuses = Forms.Texts(page, "table.access tbody tr td:nth-child(5)");
        Assert.NotEmpty(statuses);
        Assert.All(statuses, status => Assert.Equal("command line", status));
    }

    [Fact]
    public async Task TheDisclosureLogListsExports()
    {
        ExportAudit.Record(_web.Engine.Database, _web.Clock.GetUtcNow(), "ivy", "careplans ndjson", $"cohort {FirstRunSeed.CohortId}",
            new Dictionary<string, int> { ["Patient"] = 6, ["CarePlan"] = 6 }, "/tmp/export");
        var page = await Forms.Page(await _web.SignedIn("root"), "/admin/audit");
        var row = Forms.Texts(page, "table.exports tbody tr td");
        Assert.Contains("ivy", row);
        Assert.Contains("careplans ndjson", row);
        Assert.Contains($"cohort {FirstRunSeed.CohortId}", row);
        Assert.Contains("12", row);
    }

    [Fact]
    public async Task AnAdministratorRevokesAnApiToken()
    {
        _web.User("ivy", Roles.Integrator);
        var issued = _web.Engine.Tokens.Issue("ivy", "EHR", null, "root");
        var client = await _web.SignedIn("root");
        var page = await Forms.Page(client, "/admin/audit");
        var row = page.QuerySelector($"tr[data-token='{issued.Listing.Id}']")!;
        Assert.Contains(issued.Listing.Prefix, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("ivy", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Token, await (await client.GetAsync(new Uri("/admin/audit", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await Forms.Submit(client, page, "/admin/audit", "revoke-token", new Dictionary<string, string> { ["TokenId"] = issued.Listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_web.Engine.Tokens.Authenticate(issued.Token));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "root", Action: "token-revoke")), a => a.Resource.Contains(issued.Listing.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdministratorRevokesACalendarFeed()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, FirstRunSeed.CohortId, "lee");
        var client = await _web.SignedIn("root");
        var page = await Forms.Page(client, "/admin/audit");
        Assert.Contains(FirstRunSeed.CohortId, page.QuerySelector($"tr[data-feed='{feed.Listing.Id}']")!.TextContent, StringComparison.Ordinal);
        var response = await Forms.Submit(client, page, "/admin/audit", "revoke-feed", new Dictionary<string, string> { ["FeedId"] = feed.Listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_web.Engine.Feeds.Resolve(feed.Secret));
        Assert.Equal(HttpStatusCode.NotFound, (await _web.Browser().GetAsync(new Uri($"/calendar/{feed.Secret}.ics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RevokingWithoutTheAntiforgeryTokenIsRefused()
    {
        var feed = _web.Engine.Feeds.Create(FeedKinds.Cohort, FirstRunSeed.CohortId, "lee");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "revoke-feed", ["FeedId"] = feed.Listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var response = await (await _web.SignedIn("root")).PostAsync(new Uri("/admin/audit", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(_web.Engine.Feeds.Resolve(feed.Secret));
    }
}
