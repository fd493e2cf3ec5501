using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

public sealed class SignInInTheBrowserTests
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task ALeadSignsInAndSeesTheirTasks()
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
            await page.GotoAsync("/", Chromium.Arrive);
            Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
            await page.FillAsync("#username", "lee");
            await page.FillAsync("#password", Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(host.Address + "", Chromium.Arrived);
            Assert.Equal("Welcome, Lee Lead", (await page.TextContentAsync("h1"))?.Trim());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "home-lead.png"), FullPage = true });

            await page.ClickAsync("form.signout button");
            await page.WaitForURLAsync("**/account/login", Chromium.Arrived);
            await page.FillAsync("#username", "lee");
            await page.FillAsync("#password", "wrong password here");
            await page.ClickAsync("button[type=submit]");
            Assert.Contains("do not match", await page.TextContentAsync("p.error") ?? "", StringComparison.Ordinal);
        }
    }
}
