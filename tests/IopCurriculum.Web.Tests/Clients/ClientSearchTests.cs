using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>Finding a client from the site header: by id or name, within a facilitator's own cohorts, and what a blank or overlong search says.</summary>
public sealed class ClientSearchTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private static IEnumerable<string?> Found(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#client-matches tr.client-match").Select(r => r.GetAttribute("data-client"));

    [Fact]
    public async Task TheHeaderHasALabelledSearchThatFindsByIdPrefixAndByName()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var home = await Forms.Page(lee, "/programs");
        var form = home.QuerySelector("header form.find-client")!;
        Assert.Equal(("get", "/clients"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("find-client", form.QuerySelector("label")!.GetAttribute("for"));
        Assert.Equal("q", form.QuerySelector("input#find-client")!.GetAttribute("name"));

        var byId = await Forms.Page(lee, "/clients?q=DEMO-0");
        Assert.Equal(["demo-01", "demo-02", "demo-03", "demo-04", "demo-05", "demo-06"], Found(byId));
        var byName = await Forms.Page(lee, "/clients?q=charlie");
        Assert.Equal(["demo-03"], Found(byName));
        Assert.Equal("/clients/demo-03", byName.QuerySelector("tr.client-match a")!.GetAttribute("href"));
        Assert.Contains("Charlie D.", byName.QuerySelector("tr.client-match")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "lee", Action: "search")), a => a.Resource == "client search" && a.Count == 1);
        Assert.Equal("No client matches “nobody”.", CohortPages.Text(await Forms.Page(lee, "/clients?q=nobody"), "#search-none"));
    }

    [Fact]
    public async Task AFacilitatorFindsOnlyTheClientsOfTheirOwnCohorts()
    {
        var other = CohortPages.Other(_web.Engine);
        _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = other, ClientId = "oth-1", GivenName = "Charlie", FamilyName = "Other", Week = 1, Actor = "test" });
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, other);

        Assert.Equal(["oth-1"], Found(await Forms.Page(fay, "/clients?q=charlie")));
        Assert.Empty(Found(await Forms.Page(fay, "/clients?q=demo")));
        var sam = await _web.SignedInAs("sam", Roles.Facilitator, CohortPages.Demo);
        Assert.Equal(["demo-03"], Found(await Forms.Page(sam, "/clients?q=charlie")));
    }

    [Fact]
    public async Task ABlankSearchGivesAHintAndAnOverlongOneAClearMessage()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);

        foreach (var url in new[] { "/clients", "/clients?q=", "/clients?q=%20%20" })
        {
            var page = await Forms.Page(lee, url);
            Assert.StartsWith("Type a client id", CohortPages.Text(page, "#search-message"), StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#client-matches"));
        }
        var response = await lee.GetAsync(new Uri($"/clients?q={new string('a', 101)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That search is too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_web.Engine.Audit.Read(new AuditQuery(Actor: "lee", Action: "search")));
    }
}
