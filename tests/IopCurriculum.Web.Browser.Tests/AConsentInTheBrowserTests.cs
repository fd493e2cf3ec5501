using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A facilitator records a client's consent from the signed form, with its scan, on the chart; the
/// client later revokes it by phone and the facilitator records that; the recipient can no longer be sent
/// the client's records.
/// </summary>
public sealed class AConsentInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";

    [SkippableFact]
    public async Task AFacilitatorRecordsAConsentWithItsScanAndThenItsRevocation()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        var engine = host.Engine;
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "test");
        var scan = Path.Combine(host.Screenshots, "signed-consent.pdf");
        await File.WriteAllBytesAsync(scan, "%PDF-1.7\n% the client's signed consent form\n"u8.ToArray());

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
            await Chromium.SignInAsync(page, host.Address, "fay", Password);

            await page.GotoAsync("/clients/demo-01");
            Assert.NotNull(await page.QuerySelectorAsync("#consent-none"));
            await page.SelectOptionAsync("#consent-recipient", "county-ehr");
            await page.FillAsync("#consent-signed", "2027-01-04");
            await page.FillAsync("#consent-witness", "Wes Park");
            await page.SetInputFilesAsync("#consent-file", scan);
            await page.ClickAsync("#consent-submit");
            await page.WaitForURLAsync("**consent=recorded*");
            Assert.StartsWith("Consent recorded.", (await page.TextContentAsync("#consent-done"))?.Trim(), StringComparison.Ordinal);
            Assert.Equal("in effect", (await page.TextContentAsync("tr.consent .standing"))?.Trim());
            Assert.Equal("signed-consent.pdf", (await page.TextContentAsync("tr.consent a"))?.Trim());
            Assert.True(engine.Disclosures.Decide("county-ehr", null, ["demo-01"]).Allows("demo-01"));

            var id = await page.GetAttributeAsync("tr.consent", "data-consent");
            await page.FillAsync($"#revoked-on-{id}", "2027-01-04");
            await page.FillAsync($"#revocation-note-{id}", "by phone");
            await page.ClickAsync($"#revoke-{id} button");
            await page.WaitForURLAsync("**consent=revoked*");
            Assert.StartsWith("revoked on Mon 4 Jan 2027 by fay (by phone)", (await page.TextContentAsync("tr.consent .standing"))?.Trim(), StringComparison.Ordinal);
            Assert.NotNull(await page.QuerySelectorAsync("#consent-none"));
            Assert.False(engine.Disclosures.Decide("county-ehr", null, ["demo-01"]).Allows("demo-01"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "consent-revoked.png"), FullPage = true });
            Assert.Empty(errors);
        }
    }
}
