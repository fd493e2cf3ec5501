using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Actions;
using IopCurriculum.Web.Tests.Support;
using IopCurriculum.Workflows;

namespace IopCurriculum.Web.Tests.Cohorts;

/// <summary>The journal says, beside each entry, what became of every action it asked for.</summary>
public sealed class JournalActionsTests : IDisposable
{
    private const string Url = "/cohorts/demo-cohort/journal";

    private readonly IopWebFactory _web = new();

    public JournalActionsTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task EachEntrySaysWhatBecameOfItsActions()
    {
        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Test(_web.Engine, "demo-03", "positive");
        Outbox.Run(_web.Engine, a => a.Action == WorkflowActionNames.NotifyTeam);
        var dismissed = _web.Engine.Actions.Incidents().Single(i => i.ClientId == "demo-03").Id;
        _web.Engine.Actions.Dismiss(dismissed, "lee", "told by phone");
        Outbox.Test(_web.Engine, "demo-02", "missed");
        Outbox.Run(_web.Engine, a => a.Action == WorkflowActionNames.NotifyTeam, tries: 5);

        var page = await Forms.Page(await _web.SignedIn("lee"), Url);

        var first = Actions(page, "demo-01");
        Assert.Equal("Tell the team: an incident after 1 try failed: the EHR answered 503 (try it again or dismiss it)", Words(first, WorkflowActionNames.NotifyTeam));
        Assert.Equal("/incidents", first.Single(a => a.GetAttribute("data-action") == WorkflowActionNames.NotifyTeam).QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Book an individual session: done: booked an individual session at 2027-01-", Words(first, WorkflowActionNames.BookIndividualSession), StringComparison.Ordinal);
        Assert.Equal("Tell the team: dismissed by lee: told by phone", Words(Actions(page, "demo-03"), WorkflowActionNames.NotifyTeam));
        Assert.Equal("Tell the team: to be tried again after 1 try failed: the EHR answered 503", Words(Actions(page, "demo-02"), WorkflowActionNames.NotifyTeam));
        var enrolment = page.QuerySelectorAll("tr.journal-entry").Single(r => Cell(r, "client") == "demo-04" && Cell(r, "trigger") == "enrol" && r.QuerySelector("li.action-standing") is not null);
        Assert.Equal("Send the care plan: done: refresh-care-plan done", Words([.. enrolment.QuerySelectorAll("li.action-standing")], WorkflowActionNames.RefreshCarePlan));
    }

    [Fact]
    public async Task AFacilitatorIsToldWhoResolvesAnIncidentRatherThanLinkedToIt()
    {
        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Run(_web.Engine, a => a.Action == WorkflowActionNames.NotifyTeam);

        var page = await Forms.Page(await _web.SignedIn("sam"), Url);

        var notice = Actions(page, "demo-01").Single(a => a.GetAttribute("data-action") == WorkflowActionNames.NotifyTeam);
        Assert.Equal("incident", notice.GetAttribute("data-state"));
        Assert.EndsWith("(a clinical lead will try it again or dismiss it)", Squeezed(notice), StringComparison.Ordinal);
        Assert.Null(notice.QuerySelector("a"));
    }

    [Fact]
    public async Task AChangesValueThePageDoesNotKnowIsABadRequestPage()
    {
        var response = await (await _web.SignedIn("sam")).GetAsync(new Uri(Url + "?changes=abc", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("'changes=abc' is not a choice", CohortPages.Text(await Forms.Read(response), "#journal-query-error"), StringComparison.Ordinal);
    }

    /// <summary>The actions beside the client's test-result entry of the Matrix course.</summary>
    private static List<IElement> Actions(IHtmlDocument page, string client) =>
        [.. page.QuerySelectorAll("tr.journal-entry")
            .Single(r => Cell(r, "client") == client && Cell(r, "trigger") == "test-result" && r.QuerySelector("li.action-standing") is not null)
            .QuerySelectorAll("li.action-standing")];

    private static string Words(List<IElement> actions, string action) => Squeezed(actions.Single(a => a.GetAttribute("data-action") == action));

    private static string Cell(IElement row, string name) =>
        name == "trigger" ? row.QuerySelector(".journal-trigger")!.GetAttribute("data-trigger")! : row.QuerySelector($".journal-{name}")!.TextContent.Trim();

    private static string Squeezed(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
