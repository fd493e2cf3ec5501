using System.Globalization;
using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Workflows;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Actions;

/// <summary>The incidents page: actions that failed every try, which a lead or an administrator tries again or dismisses, saying why.</summary>
public sealed class IncidentsPageTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public IncidentsPageTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("root", Roles.Admin);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    /// <summary>demo-02's positive test asks to tell the team, and telling them fails.</summary>
    private long FailedNotice()
    {
        Outbox.Test(_web.Engine, "demo-02", "positive");
        Outbox.Run(_web.Engine, a => a.Action == WorkflowActionNames.NotifyTeam);
        return Assert.Single(Outbox.Incidents(_web.Engine, WorkflowActionNames.NotifyTeam));
    }

    private static string Form(string kind, long id) => kind + "-" + id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task AnIncidentIsListedInWordsAndTryingItAgainPutsItBackInTheQueue()
    {
        var id = FailedNotice();
        var lee = await _web.SignedIn("lee");

        var page = await Forms.Page(lee, "/incidents");
        var row = page.QuerySelector($"#incidents tr.incident[data-incident='{id}']")!;
        Assert.Equal("Tell the team", row.QuerySelector("th")!.TextContent);
        Assert.Equal("/clients/demo-02", row.QuerySelector(".incident-client a")!.GetAttribute("href"));
        Assert.Equal(CohortPages.Demo, row.QuerySelector(".incident-cohort")!.TextContent);
        Assert.Equal(Outbox.Error, row.QuerySelector(".incident-error")!.TextContent);
        Assert.Equal("1", row.QuerySelector(".incident-tries")!.TextContent);
        Assert.Equal("test result, in intake assessment", row.QuerySelector(".incident-cause")!.TextContent);
        Assert.Contains("Mon 4 Jan 2027, 09:00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "lee", Action: "read")), a => a.Resource == "action incidents" && a.Count == 1);

        var response = await Forms.Submit(lee, page, "/incidents", Form("retry", id), Forms.Fields(("reason", "The EHR is back up")));

        Assert.Equal($"/incidents?retried={id}", CohortPages.Target(response));
        var after = await Forms.Page(lee, CohortPages.Target(response));
        Assert.StartsWith($"Action {id} is back in the queue", CohortPages.Text(after, "#incident-saved"), StringComparison.Ordinal);
        Assert.Equal("No incidents: every action was done, dismissed or is still being tried.", CohortPages.Text(after, "#incidents-none"));
        var status = Outbox.Status(_web.Engine, id);
        Assert.Equal(OutboxStates.Pending, status.State);
        Assert.Equal(("retried", "lee", "The EHR is back up"), (status.Events[^1].Kind, status.Events[^1].Actor, status.Events[^1].Text));

        Outbox.Run(_web.Engine);
        Assert.Equal(OutboxStates.Done, Outbox.Status(_web.Engine, id).State);
        Assert.Single(_web.Engine.Tasks.OfClient("demo-02"));
    }

    [Fact]
    public async Task DismissingNeedsAReasonAndKeepsItWithWhoDismissed()
    {
        var id = FailedNotice();
        var root = await _web.SignedIn("root");

        var blank = await Forms.Submit(root, "/incidents", Form("dismiss", id), Forms.Fields(("reason", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal($"Action {id} was not changed: say why the action is dismissed: the reason is kept with it.", CohortPages.Text(await Forms.Read(blank), "#incident-error"));
        Assert.Equal(OutboxStates.Incident, Outbox.Status(_web.Engine, id).State);

        var page = await Forms.Page(root, "/incidents");
        Assert.Equal("demo-02", page.QuerySelector($"tr.incident[data-incident='{id}'] .incident-client")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"tr.incident[data-incident='{id}'] .incident-client a"));
        var response = await Forms.Submit(root, page, "/incidents", Form("dismiss", id), Forms.Fields(("reason", "The team was told by phone")));

        Assert.Equal($"/incidents?dismissed={id}", CohortPages.Target(response));
        var status = Outbox.Status(_web.Engine, id);
        Assert.Equal(OutboxStates.Dismissed, status.State);
        Assert.Equal(("dismissed", "root", "The team was told by phone"), (status.Events[^1].Kind, status.Events[^1].Actor, status.Events[^1].Text));
        Assert.Equal(0, _web.Engine.Actions.IncidentCount());
    }

    [Fact]
    public async Task AnIncidentSomeoneElseAlreadyRetriedIsRefusedInThePage()
    {
        var id = FailedNotice();
        var root = await _web.SignedIn("root");
        var stale = await Forms.Page(root, "/incidents");
        _web.Engine.Actions.Retry(id, "lee", "fixed");

        var response = await Forms.Submit(root, stale, "/incidents", Form("dismiss", id), Forms.Fields(("reason", "not needed")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Forms.Read(response);
        Assert.Equal($"Action {id} was not changed: action {id} (notify-team) is pending, not an incident; only an incident can be dismissed.", CohortPages.Text(page, "#incident-error"));
        Assert.NotNull(page.QuerySelector("header.top nav.main"));
        Assert.Equal(OutboxStates.Pending, Outbox.Status(_web.Engine, id).State);
    }

    [Fact]
    public async Task FacilitatorsAreTurnedAwayFromTheIncidents()
    {
        FailedNotice();
        var response = await (await _web.SignedIn("sam")).GetAsync(new Uri("/incidents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/incidents?retried=abc", "'retried=abc' does not name an action")]
    [InlineData("/incidents?dismissed=0", "'dismissed=0' does not name an action")]
    public async Task AQueryThePageDoesNotKnowIsABadRequestPage(string url, string message)
    {
        var response = await (await _web.SignedIn("lee")).GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(message, CohortPages.Text(await Forms.Read(response), "#incidents-query-error"), StringComparison.Ordinal);
    }
}
