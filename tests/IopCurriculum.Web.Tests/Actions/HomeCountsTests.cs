using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using IopCurriculum.Workflows;

namespace IopCurriculum.Web.Tests.Actions;

/// <summary>The home page and the menu point each person to their open tasks and, for leads and administrators, the incidents.</summary>
public sealed class HomeCountsTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public HomeCountsTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("root", Roles.Admin);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task OnlyAClinicalLeadIsOfferedToStartCohorts()
    {
        var facilitator = await Forms.Page(await _web.SignedIn("sam"), "/");
        Assert.DoesNotContain("start cohorts", facilitator.QuerySelector("ul.tasks")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("your cohorts: enrol clients", facilitator.QuerySelector("ul.tasks")!.TextContent, StringComparison.Ordinal);

        var lead = await Forms.Page(await _web.SignedIn("lee"), "/");
        Assert.Contains("start cohorts, enrol clients", lead.QuerySelector("ul.tasks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFacilitatorIsToldOfTheirOpenTasksButNotOfIncidents()
    {
        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Test(_web.Engine, "demo-02", "missed");
        Outbox.Run(_web.Engine);

        var home = await Forms.Page(await _web.SignedIn("sam"), "/");

        Assert.Equal("2 open tasks", CohortPages.Text(home, "#home-tasks a[href='/tasks']"));
        Assert.Null(home.QuerySelector("#home-incidents"));
        Assert.NotNull(home.QuerySelector("header.top nav.main a[href='/tasks']"));
        Assert.Null(home.QuerySelector("header.top nav.main a[href='/incidents']"));
        Assert.Equal("My calendar feed", CohortPages.Text(home, "header.top nav.main a[href='/account/calendar']"));
    }

    [Fact]
    public async Task ALeadIsToldOfTasksAndIncidentsAndSeesNoIncidentsSaidSo()
    {
        var lee = await _web.SignedIn("lee");
        var quiet = await Forms.Page(lee, "/");
        Assert.Equal("No open tasks", CohortPages.Text(quiet, "#home-tasks a"));
        Assert.Equal("No incidents", CohortPages.Text(quiet, "#home-incidents"));
        Assert.Null(quiet.QuerySelector("#home-incidents a"));

        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Run(_web.Engine, a => a.Action == WorkflowActionNames.RefreshCarePlan && a.ClientId == "demo-01");
        var home = await Forms.Page(lee, "/");

        Assert.Equal("1 open task", CohortPages.Text(home, "#home-tasks a"));
        Assert.Equal("1 incident needs attention", CohortPages.Text(home, "#home-incidents a[href='/incidents']"));
        Assert.NotNull(home.QuerySelector("header.top nav.main a[href='/incidents']"));
    }

    [Fact]
    public async Task AnAdministratorIsToldOfIncidentsOnly()
    {
        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Run(_web.Engine, a => a.ClientId == "demo-01" && a.Action is WorkflowActionNames.RefreshCarePlan or WorkflowActionNames.NotifyTeam);

        var home = await Forms.Page(await _web.SignedIn("root"), "/");

        Assert.Equal("2 incidents need attention", CohortPages.Text(home, "#home-incidents a"));
        Assert.Null(home.QuerySelector("#home-tasks"));
        Assert.Null(home.QuerySelector("header.top nav.main a[href='/tasks']"));
    }
}
