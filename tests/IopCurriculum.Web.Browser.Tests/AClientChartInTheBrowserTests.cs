using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>A clinical lead finds a demo client from the header search and opens their chart.</summary>
public sealed class AClientChartInTheBrowserTests
{
    private const string Password = "correct horse battery staple";

    [SkippableFact]
    public async Task ALeadFindsAClientFromTheHeaderAndReadsTheChart()
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
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "lee", Password);

            await page.GetByLabel("Find a client").FillAsync("charlie");
            await page.ClickAsync("header form.find-client button");
            await page.WaitForURLAsync("**/clients?q=charlie", Chromium.Arrived);
            await page.ClickAsync("#client-matches a[href='/clients/demo-03']");
            await page.WaitForURLAsync("**/clients/demo-03", Chromium.Arrived);

            Assert.Equal("demo-03", (await page.TextContentAsync("h1 #client-id"))?.Trim());
            Assert.Equal("Charlie D.", (await page.TextContentAsync("#client-name"))?.Trim());
            Assert.Equal("No treatment plan has been written yet.", (await page.TextContentAsync(".plan-standing"))?.Trim());
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }
}
