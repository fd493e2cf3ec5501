using System.Globalization;
using IopCurriculum.Access;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;
using NodaTime;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>A facilitator enters a client's PHQ-9 item by item in the browser, and the client's chart gains its point.</summary>
public sealed class AMeasureInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";

    [SkippableFact]
    public async Task AFacilitatorEntersAPhq9AndSeesTheChartChange()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        var engine = host.Engine;
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        // The intake PHQ-9, a week ago: 2 on every item but the ninth, 16 (Moderately severe).
        engine.Measures.Record(new MeasureRequest
        {
            CohortId = Cohort, ClientId = "demo-01", Instrument = "PHQ9", AnsweredOn = new LocalDate(2027, 1, 4), Actor = "test",
            Answers = Enumerable.Range(1, 9).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => i == 9 ? 0 : 2),
        });
        host.Clock.Advance(TimeSpan.FromDays(7));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "fay", Password);

            // From the client chart to the measures, where the intake score is the one point.
            await page.GotoAsync("/clients/demo-01", Chromium.Arrive);
            await page.ClickAsync("#measures-link-demo-cohort");
            await page.WaitForURLAsync("**/cohorts/demo-cohort/clients/demo-01/measures", Chromium.Arrived);
            var chart = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "PHQ-9 total score over time" });
            Assert.Equal(1, await chart.Locator("circle.chart-point").CountAsync());
            var before = await Heights(chart);

            // The form: each answer found by its label, as a screen reader would name it.
            await page.ClickAsync("a.record-measure[data-measure='PHQ9']");
            await page.WaitForURLAsync("**/measures/new?measure=PHQ9", Chromium.Arrived);
            for (var item = 1; item <= 9; item++)
            {
                var answer = item == 9 ? "Not at all (0)" : "Several days (1)";
                await page.Locator($"fieldset#item-{item}").GetByLabel(answer, new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
            }
            Assert.Equal("2027-01-11", await page.InputValueAsync("#answered-on"));
            await page.GetByLabel("Note (optional)").FillAsync("Sleeping better since the new shift pattern");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "measure-form.png"), FullPage = true });
            await page.ClickAsync("#measure-submit");
            await page.WaitForSelectorAsync("#measure-saved-status");
            Assert.Equal("PHQ-9 answered on 11 January 2027 is saved: 8 (Mild).", (await page.TextContentAsync("#measure-saved-status"))?.Trim());
            Assert.Equal(0, await page.Locator("#safety-alert").CountAsync());

            // Back on the chart: two points, the new one lower, and the table says the same.
            await page.ClickAsync("#saved-to-measures");
            await page.WaitForURLAsync("**/cohorts/demo-cohort/clients/demo-01/measures", Chromium.Arrived);
            Assert.Equal(2, await chart.Locator("circle.chart-point").CountAsync());
            var after = await Heights(chart);
            Assert.Equal(before[0], after[0], 1);
            Assert.True(after[1] > after[0], $"8 is drawn below 16: {after[0]} then {after[1]}");
            Assert.Equal(["16", "8"], (await page.Locator("#phq9-entries .entry-score").AllTextContentsAsync()).Select(t => t.Trim()));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "measure-chart.png"), FullPage = true });
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }

    /// <summary>Each marker's centre, from the top of the page, in date order.</summary>
    private static async Task<double[]> Heights(ILocator chart)
    {
        var points = chart.Locator("circle.chart-point");
        var heights = new List<double>();
        for (var i = 0; i < await points.CountAsync(); i++)
        {
            var box = await points.Nth(i).BoundingBoxAsync() ?? throw new InvalidOperationException("a marker is not drawn");
            heights.Add(box.Y + box.Height / 2);
        }
        return [.. heights];
    }
}
