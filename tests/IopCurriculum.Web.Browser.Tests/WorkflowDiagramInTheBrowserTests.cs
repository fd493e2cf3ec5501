using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

public sealed class WorkflowDiagramInTheBrowserTests
{
    private const string Password = "correct horse battery staple";

    /// <summary>The diagram is drawn by the served Mermaid under the pages' content security policy, with no script errors.</summary>
    [SkippableFact]
    public async Task TheMatrixClientWorkflowIsDrawnAsADiagram()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        host.Engine.Users.Create("lee", "Lee Lead", Password, Roles.ClinicalLead, "test");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var problems = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
            await Chromium.SignInAsync(page, host.Address, "lee", Password);

            await page.GotoAsync("/workflows", Chromium.Arrive);
            await page.ClickAsync("a[href^='/workflows/matrix-client/']");
            var diagram = page.Locator(".workflow-diagram svg");
            await diagram.WaitForAsync();
            var labels = await page.Locator(".workflow-diagram svg .nodeLabel").AllTextContentsAsync();
            Assert.Contains(labels, l => l.Contains("early-recovery", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.Contains("completed", StringComparison.Ordinal));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "workflow-diagram.png"), FullPage = true });
            Assert.True(problems.Count == 0, "script errors: " + string.Join(" | ", problems));
        }
    }
}
