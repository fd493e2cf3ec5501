using System.Globalization;
using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Actions;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>The chart's rewards, handed over from there, and its tasks; the dashboard's rewards per client.</summary>
public sealed class ChartRewardsTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public ChartRewardsTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    /// <summary>demo-03's negative test earns the first reward of the schedule.</summary>
    private long Earned()
    {
        Outbox.Test(_web.Engine, "demo-03", "negative", new LocalDate(2027, 1, 4));
        Outbox.Run(_web.Engine);
        return Assert.Single(_web.Engine.Rewards.OfClient("demo-03")).Id;
    }

    [Fact]
    public async Task TheChartShowsARewardOwedAndHandingItOverRecordsWhoAndWhen()
    {
        var id = Earned();
        var sam = await _web.SignedIn("sam");

        var page = await Forms.Page(sam, "/clients/demo-03");
        var row = page.QuerySelector($"#rewards tr.reward[data-reward='{id}']")!;
        Assert.Equal("true", row.GetAttribute("data-owed"));
        Assert.Equal("5", row.QuerySelector(".amount")!.TextContent);
        Assert.Contains("Mon 4 Jan 2027", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Earned 5 in all; 5 still to hand over (1 reward).", string.Join(' ', CohortPages.Text(page, "#rewards-totals").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

        var response = await Forms.Submit(sam, page, "/clients/demo-03", "give-" + id.ToString(CultureInfo.InvariantCulture), Forms.Fields());

        Assert.Equal("/clients/demo-03?reward=given", CohortPages.Target(response));
        var reward = Assert.Single(_web.Engine.Rewards.OfClient("demo-03"));
        Assert.Equal("sam", reward.GivenBy);
        Assert.False(reward.IsOwed);
        var after = await Forms.Page(sam, CohortPages.Target(response));
        Assert.StartsWith("Reward handed over", CohortPages.Text(after, "#reward-given"), StringComparison.Ordinal);
        Assert.Equal("by sam (test) on Mon 4 Jan 2027, 09:00", CohortPages.Text(after, $"tr.reward[data-reward='{id}'] .given"));
        Assert.Null(after.QuerySelector($"tr.reward[data-reward='{id}'] form"));
        Assert.EndsWith("every reward has been handed over.", CohortPages.Text(after, "#rewards-totals"), StringComparison.Ordinal);

        var again = await Forms.Submit(await _web.SignedIn("lee"), page, "/clients/demo-03", "give-" + id.ToString(CultureInfo.InvariantCulture), Forms.Fields());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task ARewardAlreadyHandedOverIsRefusedInThePage()
    {
        var id = Earned();
        var sam = await _web.SignedIn("sam");
        var stale = await Forms.Page(sam, "/clients/demo-03");
        _web.Engine.Rewards.Give(id, "lee");

        var response = await Forms.Submit(sam, stale, "/clients/demo-03", "give-" + id.ToString(CultureInfo.InvariantCulture), Forms.Fields());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"Reward {id} was not recorded as handed over: reward {id} was already handed over by lee.", CohortPages.Text(await Forms.Read(response), "#reward-error"));
        Assert.Equal("lee", Assert.Single(_web.Engine.Rewards.OfClient("demo-03")).GivenBy);
    }

    [Fact]
    public async Task TheChartListsTheClientsTasksOpenAndDone()
    {
        Outbox.Test(_web.Engine, "demo-01", "positive");
        Outbox.Run(_web.Engine);
        var done = Assert.Single(_web.Engine.Tasks.OfClient("demo-01"));
        CohortPages.SetLocal(_web, 1, 5, 10);
        _web.Engine.Tasks.Complete(done.Id, "sam", "Spoke with her");
        Outbox.Test(_web.Engine, "demo-01", "missed", new LocalDate(2027, 1, 5));
        Outbox.Run(_web.Engine);
        var open = _web.Engine.Tasks.OfClient("demo-01").Single(t => t.IsOpen);
        var sam = await _web.SignedIn("sam");

        var page = await Forms.Page(sam, "/clients/demo-01");
        Assert.Equal("done on Tue 5 Jan 2027, 10:00 by sam (test): Spoke with her", CohortPages.Text(page, $"#client-tasks tr.client-task[data-task='{done.Id}'] .task-standing"));
        Assert.Equal("open, due by Wed 6 Jan 2027, 10:00", CohortPages.Text(page, $"#client-tasks tr.client-task[data-task='{open.Id}'] .task-standing"));
        Assert.Equal("Test missed", CohortPages.Text(page, $"#client-tasks tr.client-task[data-task='{open.Id}'] th"));

        CohortPages.SetLocal(_web, 1, 6, 11);
        // A day later the sign-in has lapsed.
        sam = await _web.SignedIn("sam");
        page = await Forms.Page(sam, "/clients/demo-01");
        Assert.Equal("open, overdue since Wed 6 Jan 2027, 10:00", CohortPages.Text(page, $"#client-tasks tr.client-task[data-task='{open.Id}'] .task-standing"));
        Assert.Equal("No reward earned yet.", CohortPages.Text(page, "#rewards-none"));
        Assert.Equal("The team has not been given a task about this client.", CohortPages.Text(await Forms.Page(sam, "/clients/demo-05"), "#client-tasks-none"));
    }

    [Fact]
    public async Task TheDashboardShowsEachRewardedClientsRewards()
    {
        var id = Earned();
        CohortPages.SetLocal(_web, 1, 6, 9);
        Outbox.Test(_web.Engine, "demo-03", "negative", new LocalDate(2027, 1, 6));
        Outbox.Run(_web.Engine);
        _web.Engine.Rewards.Give(id, "sam");

        var page = await Forms.Page(await _web.SignedIn("lee"), "/cohorts/demo-cohort/dashboard");

        Assert.Equal("15 earned; 10 to hand over (1 reward)", CohortPages.Text(page, "section.client-board[data-client='demo-03'] dd.rewards"));
        Assert.Null(page.QuerySelector("section.client-board[data-client='demo-01'] dd.rewards"));
    }
}
