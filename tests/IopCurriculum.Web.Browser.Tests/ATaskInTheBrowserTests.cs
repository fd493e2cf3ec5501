using IopCurriculum.Access;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Web.Browser.Tests.Support;
using IopCurriculum.Workflows;
using Microsoft.Playwright;
using NodaTime;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>A client's positive test puts a task in their facilitator's inbox; the facilitator opens Tasks from the menu and marks it done.</summary>
public sealed class ATaskInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";

    [SkippableFact]
    public async Task AFacilitatorMarksThePositiveTestsTaskDone()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        var engine = host.Engine;
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        engine.Results.Record(new ResultRequest { CohortId = Cohort, ClientId = "demo-01", CollectedOn = new LocalDate(2027, 1, 4), Outcome = "positive", Actor = "test" });
        // What the dispatcher does with the test's notify-team action; the rest of the queue is no concern here.
        foreach (var action in engine.Actions.Claim(DispatchSettings.Default).Where(a => a.Action == WorkflowActionNames.NotifyTeam))
        {
            engine.Tasks.CreateFor(action);
            engine.Actions.Succeed(action, "told");
        }
        var task = Assert.Single(engine.Tasks.Inbox("fay"));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "fay", Password);
            Assert.Equal("1 open task", (await page.TextContentAsync("#home-tasks a"))?.Trim());

            await page.ClickAsync("header.top nav.main a[href='/tasks']");
            await page.WaitForURLAsync("**/tasks", Chromium.Arrived);
            var card = page.Locator($"article.task[data-task='{task.Id}']");
            Assert.Equal("Positive test result", (await card.Locator("h3").TextContentAsync())?.Trim());
            Assert.Equal("demo-01", (await card.Locator(".task-client a").TextContentAsync())?.Trim());
            await page.GetByLabel("What was done (optional)").FillAsync("Met her after group; the plan is updated");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "task-inbox.png"), FullPage = true });
            await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Mark done" }).ClickAsync();
            await page.WaitForURLAsync("**/tasks?marked=*", Chromium.Arrived);

            Assert.Equal($"Task {task.Id} is marked done.", (await page.TextContentAsync("#task-saved"))?.Trim());
            Assert.Equal("Nothing is waiting for you.", (await page.TextContentAsync("#tasks-none"))?.Trim());
            var done = engine.Tasks.Require(task.Id);
            Assert.Equal(("fay", "Met her after group; the plan is updated"), (done.DoneBy, done.DoneNote));
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }
}
