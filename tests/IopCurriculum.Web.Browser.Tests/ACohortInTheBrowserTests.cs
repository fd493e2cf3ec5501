using System.Globalization;
using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A clinical lead's day in the browser: sign in, start a cohort, enrol one client from week 1 and one
/// at week 6, take the register of the first group, see the dashboard change, and print the packet.
/// </summary>
public sealed class ACohortInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "eastside-jan";

    [SkippableFact]
    public async Task ALeadStartsACohortEnrolsClientsTakesTheRegisterAndPrintsTheGuide()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        host.Engine.Users.Create("lee", "Lee Lead", Password, Roles.ClinicalLead, "test");
        // 18:30 on Monday 2027-01-04 in Los Angeles: the day's 18:00 group has begun, so its register can be taken.
        host.Clock.Advance(TimeSpan.FromHours(9.5));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var scriptErrors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };
            page.Response += (_, response) => { if (response.Status >= 400) scriptErrors.Add($"{response.Status} {response.Url}"); };

            await Chromium.SignInAsync(page, host.Address, "lee", Password);

            // Start a cohort in the demo program today.
            await page.GotoAsync("/cohorts/new?program=demo", Chromium.Arrive);
            await page.SelectOptionAsync("#cohort-program", "demo");
            await page.CheckAsync("input[name=workflow][data-workflow='matrix-client.yaml']");
            await page.FillAsync("#cohort-start", "2027-01-04");
            await page.FillAsync("#cohort-id", Cohort);
            await Shot(page, host, "1-create-cohort");
            await page.ClickAsync("#cohort-submit");
            await page.WaitForURLAsync($"**/cohorts/{Cohort}", Chromium.Arrived);
            Assert.Equal(Cohort, (await page.TextContentAsync("h1 #cohort-id"))?.Trim());

            // One client from week 1, one joining at week 6.
            await Enrol(page, "C-1001", "Ana", "Lopez", 1);
            await Enrol(page, "C-1006", "Ben", "Okafor", 6);
            await page.GotoAsync($"/cohorts/{Cohort}", Chromium.Arrive);
            Assert.Equal("6", (await page.TextContentAsync("#roster tr[data-client='C-1006'] .start-week"))?.Trim());
            Assert.Equal("1", (await page.TextContentAsync("#roster tr[data-client='C-1001'] .start-week"))?.Trim());
            await Shot(page, host, "2-cohort-with-roster");

            // Before the register: nothing attended.
            await page.GotoAsync($"/cohorts/{Cohort}/dashboard", Chromium.Arrive);
            var attended = $"section.client-board[data-client='C-1001'] table.tracks tr[data-track='all'] .attended";
            Assert.Equal("0", (await page.TextContentAsync(attended))?.Trim());

            // Today's first group from the week's calendar, and its register.
            await page.GotoAsync($"/cohorts/{Cohort}?week=1", Chromium.Arrive);
            await page.ClickAsync("section.calendar-day[data-date='2027-01-04'] li.calendar-session[data-code^='ER'] a.attendance-link");
            await page.WaitForURLAsync("**/attendance*", Chromium.Arrived);
            Assert.Equal(0, await page.Locator("tr.register-line[data-client='C-1006']").CountAsync());
            await page.SelectOptionAsync("#status-C-1001", "attended");
            await page.FillAsync("#note-C-1001", "arrived on time");
            await page.ClickAsync("#attendance-submit");
            await page.WaitForSelectorAsync("#attendance-saved");
            await Shot(page, host, "3-register-saved");

            // The dashboard shows the session attended.
            await page.GotoAsync($"/cohorts/{Cohort}/dashboard", Chromium.Arrive);
            Assert.Equal("1", (await page.TextContentAsync(attended))?.Trim());
            await Shot(page, host, "4-dashboard-after");

            // The week's packet: view it, print it as the browser would, and download the PDF.
            await page.GotoAsync($"/cohorts/{Cohort}/guides?week=1", Chromium.Arrive);
            var view = await page.GetAttributeAsync("a.view", "href");
            var pdfHref = await page.GetAttributeAsync("a.pdf", "href");
            Assert.NotNull(await page.QuerySelectorAsync("button.print[data-print]"));
            var download = await page.APIRequest.GetAsync(new Uri(host.Address, pdfHref).ToString());
            Assert.Equal(200, download.Status);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await download.BodyAsync(), 0, 4));
            await page.GotoAsync(view!, Chromium.Arrive);
            Assert.Contains("Ana L.", await page.ContentAsync(), StringComparison.Ordinal);
            await Shot(page, host, "5-guide-packet");
            var printed = await page.PdfAsync(new PagePdfOptions { Format = "Letter", PrintBackground = true });
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(printed, 0, 4));

            Assert.True(scriptErrors.Count == 0, "script errors: " + string.Join(" | ", scriptErrors));
        }
    }

    private static async Task Enrol(IPage page, string client, string given, string family, int week)
    {
        await page.GotoAsync($"/cohorts/{Cohort}", Chromium.Arrive);
        await page.FillAsync("#enrol-client", client);
        await page.FillAsync("#enrol-given", given);
        await page.FillAsync("#enrol-family", family);
        await page.FillAsync("#enrol-week", week.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("#enrol-submit");
        await page.WaitForSelectorAsync("#enrol-done");
    }

    private static async Task Shot(IPage page, LiveHost host, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, name + ".png"), FullPage = true });
}
