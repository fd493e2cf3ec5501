using IopCurriculum.Web.Browser.Tests.Support;
using IopCurriculum.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>A new installation's first person opens the setup link, makes the first administrator and lands on Users; the pages pass axe.</summary>
public sealed class TheFirstAdministratorInTheBrowserTests
{
    private const string Password = "a long enough first password";

    [SkippableFact]
    public async Task TheSetupLinkMakesTheFirstAdministratorOnce()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        // The host printed a link on start; only its hash is kept, so the test asks for a fresh one.
        var token = host.Services.GetRequiredService<SetupLink>().Issue()!;
        var link = $"/account/setup?token={Uri.EscapeDataString(token)}";
        var failures = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            await page.GotoAsync(link, Chromium.Arrive);
            Assert.Equal("Set up the first administrator", (await page.TextContentAsync("h1"))?.Trim());
            await Axe.CheckAsync(page, "the setup form", failures);

            await page.GetByLabel("User name").FillAsync("ada");
            await page.GetByLabel("Display name").FillAsync("Ada Admin");
            await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(Password);
            await page.GetByLabel("Password again").FillAsync("not the same password");
            await page.ClickAsync("button[type=submit]");
            Assert.Equal("The two passwords differ.", (await page.TextContentAsync("#setup-error"))?.Trim());
            await Axe.CheckAsync(page, "the setup form with a mistake", failures);

            await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(Password);
            await page.GetByLabel("Password again").FillAsync(Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync("**/admin/users", Chromium.Arrived);
            Assert.Equal("Users", (await page.TextContentAsync("h1"))?.Trim());
            Assert.Equal("Ada Admin", (await page.TextContentAsync("header.top .who"))?.Trim());

            await page.GotoAsync(link, Chromium.Arrive);
            Assert.Equal("This setup link cannot be used", (await page.TextContentAsync("h1"))?.Trim());
            await Axe.CheckAsync(page, "the used setup link", failures);
        }
        Assert.Equal(["ada"], host.Engine.Users.List().Select(u => u.UserName));
        Assert.True(failures.Count == 0, Axe.Describe(failures));
    }
}
