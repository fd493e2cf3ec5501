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

            await page.SetViewportSizeAsync(1280, 800);
            await page.GotoAsync("/workflows", Chromium.Arrive);
            await page.ClickAsync("a[href^='/workflows/matrix-client/']");
            var diagram = page.Locator(".workflow-diagram svg");
            await diagram.WaitForAsync();
            var nodes = page.Locator(".workflow-diagram svg .nodeLabel");
            var labels = await nodes.AllTextContentsAsync();
            Assert.Contains(labels, l => l.Contains("Early recovery", StringComparison.Ordinal));
            Assert.Contains(labels, l => l.Contains("Completed the course", StringComparison.Ordinal));
            var edges = await page.Locator(".workflow-diagram svg .edgeLabel").AllTextContentsAsync();
            Assert.Contains(edges, l => l.Contains("the end of a week, when stage weeks is at least 4", StringComparison.Ordinal));
            Assert.DoesNotContain(labels.Concat(edges), l => l.Contains("==", StringComparison.Ordinal));

            // Drawn at its natural size, not shrunk to the column: a stage's name is as tall as text.
            var early = await nodes.Filter(new LocatorFilterOptions { HasText = "Early recovery" }).First.BoundingBoxAsync();
            Assert.NotNull(early);
            Assert.True(early.Height >= 12, $"the label 'Early recovery' is {early.Height:0.#} px tall");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "workflow-diagram.png"), FullPage = true });
            Assert.True(problems.Count == 0, "script errors: " + string.Join(" | ", problems));
        }
    }
}
