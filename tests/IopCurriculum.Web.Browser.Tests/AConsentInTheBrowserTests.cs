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
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "fay", Password);

            await page.GotoAsync("/clients/demo-01", Chromium.Arrive);
            Assert.NotNull(await page.QuerySelectorAsync("#consent-none"));
            await page.SelectOptionAsync("#consent-recipient", "county-ehr");
            await page.FillAsync("#consent-signed", "2027-01-04");
            await page.FillAsync("#consent-witness", "Wes Park");
            await page.SetInputFilesAsync("#consent-file", scan);
            await page.ClickAsync("#consent-submit");
            await page.WaitForURLAsync("**consent=recorded*", Chromium.Arrived);
            Assert.StartsWith("Consent recorded.", (await page.TextContentAsync("#consent-done"))?.Trim(), StringComparison.Ordinal);
            Assert.Equal("in effect", (await page.TextContentAsync("tr.consent .standing"))?.Trim());
            Assert.Equal("signed-consent.pdf", (await page.TextContentAsync("tr.consent a"))?.Trim());
            var decision = engine.Disclosures.Decide("county-ehr", null, ["demo-01"]);
            Assert.True(decision.Allows("demo-01"));

            // Something goes to the recipient; the client asks for their accounting, and it is printed for them.
            engine.Disclosures.Record(decision, new Dictionary<string, string> { ["demo-01"] = "Patient 1, CarePlan 1" }, "bulk-export", "ida");
            await page.ReloadAsync();
            await page.ClickAsync("#disclosures-print");
            await page.WaitForURLAsync("**/clients/demo-01/disclosures", Chromium.Arrived);
            Assert.Contains("bulk electronic export", await page.TextContentAsync("#accounting-lines tr.disclosure") ?? "", StringComparison.Ordinal);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await page.IsVisibleAsync("header.top"));
            Assert.False(await page.IsVisibleAsync("p.no-print"));
            Assert.True(await page.IsVisibleAsync("#accounting-lines"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "accounting-printed.png"), FullPage = true });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await page.GotoAsync("/clients/demo-01", Chromium.Arrive);

            var id = await page.GetAttributeAsync("tr.consent", "data-consent");
            await page.FillAsync($"#revoked-on-{id}", "2027-01-04");
            await page.FillAsync($"#revocation-note-{id}", "by phone");
            await page.ClickAsync($"#revoke-{id} button");
            await page.WaitForURLAsync("**consent=revoked*", Chromium.Arrived);
            Assert.StartsWith("revoked on Mon 4 Jan 2027 by fay (by phone)", (await page.TextContentAsync("tr.consent .standing"))?.Trim(), StringComparison.Ordinal);
            Assert.NotNull(await page.QuerySelectorAsync("#consent-none"));
            Assert.False(engine.Disclosures.Decide("county-ehr", null, ["demo-01"]).Allows("demo-01"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "consent-revoked.png"), FullPage = true });
            Assert.Empty(errors);
        }
    }

    [SkippableFact]
    public async Task AnAdministratorAddsARecipientOrganization()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        host.Engine.Users.Create("root", "Rita Admin", Password, Roles.Admin, "test");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "root", Password);

            await page.ClickAsync("header.top a[href='/admin/recipients']");
            await page.WaitForURLAsync("**/admin/recipients", Chromium.Arrived);
            await page.FillAsync("#recipient-name", "County EHR");
            await page.FillAsync("#recipient-id", "county-ehr");
            await page.SelectOptionAsync("#recipient-class", RecipientClasses.TreatingProvider);
            await page.SelectOptionAsync("#recipient-purpose", DisclosurePurposes.Treatment);
            await page.ClickAsync("#recipient-submit");
            await page.WaitForURLAsync("**added=*", Chromium.Arrived);
            Assert.StartsWith("County EHR was added.", (await page.TextContentAsync("#recipient-added"))?.Trim(), StringComparison.Ordinal);
            Assert.Equal("County EHR", (await page.TextContentAsync("tr.recipient[data-recipient='county-ehr'] th"))?.Trim());
            Assert.Equal("County EHR", Assert.Single(host.Engine.Recipients.List()).Name);
            Assert.Empty(errors);
        }
    }
}
