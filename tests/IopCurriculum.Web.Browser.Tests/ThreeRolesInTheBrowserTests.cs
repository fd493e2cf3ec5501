using System.Text.Json;
using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// An administrator makes a facilitator and an integrator in the browser; the facilitator sees only the
/// cohort assigned to them; the integrator issues a token on their page and reads FHIR with it.
/// </summary>
public sealed class ThreeRolesInTheBrowserTests
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task AnAdministratorSetsUpAFacilitatorAndAnIntegratorWhoEachDoTheirJob()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        host.Engine.Users.Create("root", "Ruth Admin", Password, Roles.Admin, "test");
        // The demo's clients have consented to a recipient; the administrator makes the integrator act for it.
        var recipient = Consenting.Everyone(host.Engine);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var admin = await Chromium.NewPageAsync(browser, host.Address);
            await Chromium.SignInAsync(admin, host.Address, "root", Password);
            await CreateUser(admin, "fran", "Fran Facilitator", "Facilitator");
            await CreateUser(admin, "ivy", "Ivy Integrator", "Integrator");
            await admin.GotoAsync("/admin/users?user=fran", Chromium.Arrive);
            await admin.SelectOptionAsync("select[name=AssignId]", "demo-cohort");
            await admin.ClickAsync("form:has(input[name=_handler][value=assign-cohort]) button[type=submit]");
            await admin.WaitForSelectorAsync("text=demo-cohort");
            await admin.GotoAsync("/admin/users?user=ivy", Chromium.Arrive);
            await admin.SelectOptionAsync("#recipient-choice", recipient);
            await admin.ClickAsync("#recipient-submit");
            await admin.WaitForSelectorAsync("#recipient-state:has-text('act for Test EHR')");
            await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "admin-users.png"), FullPage = true });

            // The facilitator: their cohort, and nothing else.
            var fran = await Chromium.NewPageAsync(browser, host.Address);
            await Chromium.SignInAsync(fran, host.Address, "fran", Password);
            await fran.GotoAsync("/programs", Chromium.Arrive);
            Assert.Equal(1, await fran.Locator("a[href='/cohorts/demo-cohort']").CountAsync());
            Assert.Equal(0, await fran.Locator("nav.main a[href='/curricula']").CountAsync());
            await fran.GotoAsync("/cohorts/demo-cohort/dashboard", Chromium.Arrive);
            Assert.Equal(6, await fran.Locator("section.client-board").CountAsync());
            var denied = await fran.GotoAsync("/admin/users", Chromium.Arrive);
            Assert.Contains("/account/denied", fran.Url, StringComparison.Ordinal);
            Assert.NotNull(denied);

            // The integrator: a token from their page, then the API with it and no cookie.
            var ivy = await Chromium.NewPageAsync(browser, host.Address);
            await Chromium.SignInAsync(ivy, host.Address, "ivy", Password);
            await ivy.GotoAsync("/integration", Chromium.Arrive);
            await ivy.FillAsync("input[name='Input.Label']", "County EHR");
            await ivy.ClickAsync("form:has(input[name=_handler][value=issue-token]) button[type=submit]");
            var token = (await ivy.TextContentAsync("pre.token"))!.Trim();
            Assert.StartsWith("iop_", token, StringComparison.Ordinal);
            await ivy.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "integration-token.png"), FullPage = true });

            var api = await playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions
            {
                BaseURL = host.Address.ToString(),
                ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token, ["Accept"] = "application/fhir+json" },
            });
            var groups = await api.GetAsync("fhir/Group?identifier=demo-cohort");
            Assert.Equal(200, groups.Status);
            using var bundle = JsonDocument.Parse(await groups.TextAsync());
            Assert.Equal("Bundle", bundle.RootElement.GetProperty("resourceType").GetString());
            Assert.Equal(1, bundle.RootElement.GetProperty("total").GetInt32());
            var patients = await api.GetAsync("fhir/Patient");
            using (var found = JsonDocument.Parse(await patients.TextAsync()))
                Assert.Equal(6, found.RootElement.GetProperty("total").GetInt32());
            var anonymous = await playwright.APIRequest.NewContextAsync(new APIRequestNewContextOptions { BaseURL = host.Address.ToString() });
            Assert.Equal(401, (await anonymous.GetAsync("fhir/Group")).Status);
        }
    }

    private static async Task CreateUser(IPage page, string name, string display, string roleField)
    {
        await page.GotoAsync("/admin/users", Chromium.Arrive);
        await page.FillAsync("input[name='NewUser.UserName']", name);
        await page.FillAsync("input[name='NewUser.DisplayName']", display);
        await page.CheckAsync($"input[name='NewUser.Roles.{roleField}']");
        await page.FillAsync("input[name='NewUser.Password']", Password);
        await page.FillAsync("input[name='NewUser.Confirm']", Password);
        await page.ClickAsync("form:has(input[name=_handler][value=create-user]) button[type=submit]");
        await page.WaitForSelectorAsync($"td:text-is('{name}')");
    }
}
