using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A clinical lead reads the dashboard's census in Chromium: sorts it by a column and back, sees the
/// attendance chart's point, opens a client's details and follows a row to the client's chart.
/// On the site's data demo-01 and demo-03 attended ER 1; nobody else has a session recorded.
/// </summary>
public sealed class TheCensusInTheBrowserTests(SiteWithData site) : IClassFixture<SiteWithData>
{
    private const string Dashboard = $"/cohorts/{SiteWithData.Cohort}/dashboard";

    [SkippableFact]
    public async Task TheCensusSortsByItsHeadingsAndEachRowOpensTheClientsChart()
    {
        Chromium.RequireOrSkip();
        var page = await site.PageAsAsync("lee");
        var errors = Chromium.ErrorsOn(page);
        await page.GotoAsync(Dashboard, Chromium.Arrive);
        Assert.Equal(6, await page.Locator("table#census tbody tr").CountAsync());

        await page.ClickAsync("th[data-column='overall'] a");
        await page.WaitForURLAsync("**/dashboard?sort=overall&order=asc*", Chromium.Arrived);
        Assert.Equal("ascending", await page.GetAttributeAsync("th[data-column='overall']", "aria-sort"));
        await page.ClickAsync("th[data-column='overall'] a");
        await page.WaitForURLAsync("**/dashboard?sort=overall&order=desc*", Chromium.Arrived);
        Assert.Equal("descending", await page.GetAttributeAsync("th[data-column='overall']", "aria-sort"));
        var first = await page.Locator("table#census tbody tr").Nth(0).GetAttributeAsync("data-client");
        var second = await page.Locator("table#census tbody tr").Nth(1).GetAttributeAsync("data-client");
        Assert.Equal(("demo-01", "demo-03"), (first, second));

        // Week 1 so far: the two entries recorded were both attended.
        Assert.Equal("100", await page.GetAttributeAsync("svg#attendance-chart circle.chart-point[data-week='1']", "data-value"));

        // The per-client details open from their summary.
        var board = page.Locator("section.client-board[data-client='demo-01']");
        Assert.False(await board.IsVisibleAsync());
        await page.ClickAsync("details.client-details[data-client='demo-01'] > summary");
        Assert.True(await board.IsVisibleAsync());

        await page.ClickAsync("table#census tr[data-client='demo-03'] th.census-client a");
        await page.WaitForURLAsync("**/clients/demo-03", Chromium.Arrived);
        Assert.True(errors.Count == 0, "script errors: " + string.Join(" | ", errors));
        await page.Context.CloseAsync();
    }
}
