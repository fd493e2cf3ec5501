using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Actions;

/// <summary>The task inbox: a positive test puts a task with the client's facilitators and the leads, who mark it done or hand it on.</summary>
public sealed class TaskInboxTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public TaskInboxTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        _web.User("oda", Roles.Facilitator, CohortPages.Other(_web.Engine));
    }

    public void Dispose() => _web.Dispose();

    private long PositiveTestTask(string clientId = "demo-01")
    {
        Outbox.Test(_web.Engine, clientId, "positive");
        Outbox.Run(_web.Engine);
        return Assert.Single(_web.Engine.Tasks.OfClient(clientId)).Id;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task APositiveTestPutsATaskInTheAssignedFacilitatorsInboxOnly()
    {
        var id = PositiveTestTask();

        var page = await Forms.Page(await _web.SignedIn("sam"), "/tasks");
        var card = page.QuerySelector($"article.task[data-task='{id}']")!;
        Assert.Equal("Positive test result", card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("/clients/demo-01", card.QuerySelector(".task-client a")!.GetAttribute("href"));
        Assert.Equal(CohortPages.Demo, card.QuerySelector(".task-cohort")!.TextContent);
        Assert.Equal("fay (test), lee (test)", card.QuerySelector(".task-others")!.TextContent);
        Assert.StartsWith("Due by Tue 5 Jan 2027, 09:00", card.QuerySelector(".task-when")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Mon 4 Jan 2027, 09:00: Given by the system for fay, sam, lee", card.QuerySelector(".task-history li")!.TextContent.Trim());
        Assert.Contains("America/Los_Angeles", page.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);

        var oda = await Forms.Page(await _web.SignedIn("oda"), "/tasks");
        Assert.Empty(oda.QuerySelectorAll("article.task"));
        Assert.Equal("Nothing is waiting for you.", CohortPages.Text(oda, "#tasks-none"));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "sam", Action: "read")), a => a.Resource == "task inbox" && a.Count == 1);
    }

    [Fact]
    public async Task ATaskPastItsDueTimeSaysSinceWhenItIsOverdue()
    {
        var id = PositiveTestTask();
        CohortPages.SetLocal(_web, 1, 5, 10);

        var page = await Forms.Page(await _web.SignedIn("lee"), "/tasks");

        var card = page.QuerySelector($"section.my-tasks article.task[data-task='{id}']")!;
        Assert.Contains("overdue", card.ClassList);
        Assert.Equal("Overdue since Tue 5 Jan 2027, 09:00", card.QuerySelector(".overdue-since")!.TextContent);
        Assert.Equal("overdue since Tue 5 Jan 2027, 09:00", page.QuerySelector($"#team-task-list tr.team-task[data-task='{id}'] td")!.TextContent);
    }

    [Fact]
    public async Task MarkingATaskDoneKeepsTheNoteAndMovesItToTheDoneList()
    {
        var id = PositiveTestTask();
        var sam = await _web.SignedIn("sam");

        var response = await Forms.Submit(sam, "/tasks", "task-done-" + Id(id), Forms.Fields(("done-note", "Saw her after group; plan updated")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/tasks?marked={id}", CohortPages.Target(response));
        var task = _web.Engine.Tasks.Require(id);
        Assert.False(task.IsOpen);
        Assert.Equal("sam", task.DoneBy);
        Assert.Equal("Saw her after group; plan updated", task.DoneNote);
        var page = await Forms.Page(sam, CohortPages.Target(response));
        Assert.Equal($"Task {id} is marked done.", CohortPages.Text(page, "#task-saved"));
        Assert.Empty(page.QuerySelectorAll("article.task"));
        var done = await Forms.Page(sam, "/tasks?done=1");
        var card = done.QuerySelector($"article.task[data-task='{id}']")!;
        Assert.Equal("false", card.GetAttribute("data-open"));
        Assert.Equal("Marked done on Mon 4 Jan 2027, 09:00 by sam (test): Saw her after group; plan updated", card.QuerySelector(".task-when")!.TextContent.Trim());
        Assert.Null(card.QuerySelector("form"));
    }

    [Fact]
    public async Task ATaskSomeoneElseMarkedDoneMeanwhileIsRefusedInThePage()
    {
        var id = PositiveTestTask();
        var fay = await _web.SignedIn("fay");
        var stale = await Forms.Page(fay, "/tasks");
        await Forms.Submit(await _web.SignedIn("sam"), "/tasks", "task-done-" + Id(id), Forms.Fields(("done-note", "")));

        var response = await Forms.Submit(fay, stale, "/tasks", "task-done-" + Id(id), Forms.Fields(("done-note", "me too")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Forms.Read(response);
        Assert.Equal($"Task {id} was not changed: task {id} was already marked done by sam.", CohortPages.Text(page, "#task-error"));
        Assert.NotNull(page.QuerySelector("header.top nav.main"));
        Assert.Equal("sam", _web.Engine.Tasks.Require(id).DoneBy);
    }

    [Fact]
    public async Task HandingATaskOnGivesItToThePeopleChosenWithTheReason()
    {
        var id = PositiveTestTask();
        var sam = await _web.SignedIn("sam");

        var response = await Forms.Submit(sam, "/tasks", "task-hand-on-" + Id(id), Forms.Fields(("to", "fay"), ("reason", "Fay is her counselor")));

        Assert.Equal($"/tasks?handed={id}", CohortPages.Target(response));
        var task = _web.Engine.Tasks.Require(id);
        Assert.Equal(["fay"], task.Assignees);
        Assert.Equal("to fay: Fay is her counselor", task.History[^1].Text);
        Assert.Empty((await Forms.Page(sam, "/tasks")).QuerySelectorAll("article.task"));
        var fays = await Forms.Page(await _web.SignedIn("fay"), "/tasks");
        Assert.Contains("Handed on by sam to fay: Fay is her counselor", fays.QuerySelector($"article.task[data-task='{id}'] .task-history")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nobody else", fays.QuerySelector($"article.task[data-task='{id}'] .task-others")!.TextContent);
    }

    [Fact]
    public async Task HandingOnWithoutAReasonOrToSomeoneWhoCannotSignInIsRefusedInThePage()
    {
        var id = PositiveTestTask();
        var sam = await _web.SignedIn("sam");

        var blank = await Forms.Submit(sam, "/tasks", "task-hand-on-" + Id(id), Forms.Fields(("to", "fay"), ("reason", "  ")));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal($"Task {id} was not changed: say why the task is handed on: the reason is kept with it.", CohortPages.Text(await Forms.Read(blank), "#task-error"));

        var unknown = await Forms.Submit(sam, "/tasks", "task-hand-on-" + Id(id), Forms.Fields(("to", "nobody"), ("reason", "cover")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var page = await Forms.Read(unknown);
        Assert.Equal($"Task {id} was not changed: no active user nobody: a task goes only to someone who can sign in.", CohortPages.Text(page, "#task-error"));
        Assert.Equal("cover", page.QuerySelector<IHtmlInputElement>($"#hand-on-reason-{id}")!.Value);

        Assert.Equal(["fay", "sam", "lee"], _web.Engine.Tasks.Require(id).Assignees);
    }

    [Fact]
    public async Task AFacilitatorMayNotActOnATaskThatIsNotWithThem()
    {
        var id = PositiveTestTask();
        var oda = await _web.SignedIn("oda");

        var response = await PostUnshown(oda, "task-done-" + Id(id), ("done-note", "not mine"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var refused = await Forms.Read(response);
        Assert.StartsWith($"Task {id} is not yours to act on", CohortPages.Text(refused, "#task-error"), StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector($"article.task[data-task='{id}']"));
        Assert.True(_web.Engine.Tasks.Require(id).IsOpen);
    }

    [Fact]
    public async Task ATaskThatDoesNotExistIsABadRequestInThePage()
    {
        var response = await PostUnshown(await _web.SignedIn("lee"), "task-hand-on-999", ("to", "sam"), ("reason", "cover"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Task 999 was not changed: there is no task 999.", CohortPages.Text(await Forms.Read(response), "#task-error"));
    }

    [Fact]
    public async Task ALeadSeesTheWholeTeamsOpenTasksAndMayCloseOneThatIsNotWithThem()
    {
        var id = PositiveTestTask();
        _web.Engine.Tasks.Reassign(id, ["fay"], "sam", "her counselor");
        var lee = await _web.SignedIn("lee");

        var page = await Forms.Page(lee, "/tasks");
        Assert.Empty(page.QuerySelectorAll("section.my-tasks article.task"));
        var row = page.QuerySelector($"#team-task-list tr.team-task[data-task='{id}']")!;
        Assert.Equal("fay (test)", row.QuerySelectorAll("td")[^1].TextContent);
        var response = await Forms.Submit(lee, page, "/tasks", "task-done-" + Id(id), Forms.Fields(("done-note", "Called her myself")));

        Assert.Equal($"/tasks?marked={id}", CohortPages.Target(response));
        Assert.Equal("lee", _web.Engine.Tasks.Require(id).DoneBy);
        Assert.Equal("The team has no open task.", CohortPages.Text(await Forms.Page(lee, "/tasks"), "#team-none"));
    }

    /// <summary>Posts a task form the user's page does not show, with the page's antiforgery token, as a crafted request would.</summary>
    private static async Task<HttpResponseMessage> PostUnshown(HttpClient client, string form, params (string Name, string Value)[] fields)
    {
        var page = await Forms.Page(client, "/tasks");
        var values = new Dictionary<string, string>
        {
            ["_handler"] = form,
            ["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
        };
        foreach (var (name, value) in fields) values[name] = value;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri("/tasks", UriKind.Relative), content);
    }

    [Theory]
    [InlineData("/tasks?done=yes", "'done=yes' is not a choice")]
    [InlineData("/tasks?done=", "'done=' is not a choice")]
    [InlineData("/tasks?marked=seven", "'marked=seven' does not name a task")]
    [InlineData("/tasks?handed=-1", "'handed=-1' does not name a task")]
    public async Task AQueryThePageDoesNotKnowIsABadRequestPage(string url, string message)
    {
        var response = await (await _web.SignedIn("sam")).GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(message, CohortPages.Text(await Forms.Read(response), "#tasks-query-error"), StringComparison.Ordinal);
    }
}
