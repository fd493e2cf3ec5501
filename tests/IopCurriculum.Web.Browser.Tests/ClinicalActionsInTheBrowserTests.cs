using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A clinical lead makes every clinical decision in the browser: ends a week by hand, moves a client to
/// another stage, discharges and readmits them, corrects their names and changes how rosters name clients,
/// each with a reason and a ticked confirmation, reading what happened on the page after each.
/// </summary>
public sealed class ClinicalActionsInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";

    [SkippableFact]
    public async Task ALeadAdvancesOverridesDischargesReadmitsRenamesAndChangesTheRosterStyle()
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

            // The week ends by hand; the page shows the new running week.
            await page.GotoAsync($"/cohorts/{Cohort}", Chromium.Arrive);
            Assert.Equal("week 1 of 16", (await page.TextContentAsync("#running-week"))?.Trim());
            await page.GetByLabel("Why the week ends now").FillAsync("The groups of week 1 all met early");
            await page.CheckAsync("#advance-confirm");
            await page.ClickAsync("#advance-submit");
            await page.WaitForURLAsync("**/cohorts/demo-cohort?done=advanced&ended=1", Chromium.Arrived);
            Assert.StartsWith("Week 1 of cohort demo-cohort has ended by hand; the cohort is now in week 2.", (await page.TextContentAsync("#advance-done"))?.Trim(), StringComparison.Ordinal);
            Assert.Equal("week 2 of 16 (week 1 was ended by hand)", (await page.TextContentAsync("#running-week"))?.Trim());

            // A clinical override, chosen by the stage's name.
            await page.ClickAsync("#roster a[href='/clients/demo-02']");
            await page.WaitForURLAsync("**/clients/demo-02", Chromium.Arrived);
            await page.SelectOptionAsync($"#override-target-{Cohort}", new SelectOptionValue { Label = "On hold" });
            await page.FillAsync($"#override-reason-{Cohort}", "Hospital stay");
            await page.CheckAsync($"#override-confirm-{Cohort}");
            await page.ClickAsync($"#override-submit-{Cohort}");
            await page.WaitForURLAsync("**/clients/demo-02?done=overridden&cohort=demo-cohort", Chromium.Arrived);
            Assert.Contains("to On hold", await page.TextContentAsync("#chart-done"), StringComparison.Ordinal);

            // Discharge, refused once without the confirmation, then readmission.
            await page.FillAsync($"#discharge-reason-{Cohort}", "Moved out of the area");
            await page.EvaluateAsync($"document.getElementById('discharge-confirm-{Cohort}').removeAttribute('required')");
            await page.ClickAsync($"#discharge-submit-{Cohort}");
            await page.WaitForSelectorAsync($"#clinical-error-{Cohort}");
            Assert.Equal("Tick “I confirm …” to discharge the client; nothing was recorded.", (await page.TextContentAsync($"#clinical-error-{Cohort}"))?.Trim());
            await page.CheckAsync($"#discharge-confirm-{Cohort}");
            await page.ClickAsync($"#discharge-submit-{Cohort}");
            await page.WaitForURLAsync("**/clients/demo-02?done=discharged&cohort=demo-cohort", Chromium.Arrived);
            Assert.Contains("is discharged from cohort demo-cohort", await page.TextContentAsync("#chart-done"), StringComparison.Ordinal);
            Assert.Contains("treatment has ended", await page.Locator(".chart-enrolment p").First.TextContentAsync(), StringComparison.Ordinal);
            await page.FillAsync($"#readmit-reason-{Cohort}", "Back in the area");
            await page.CheckAsync($"#readmit-confirm-{Cohort}");
            await page.ClickAsync($"#readmit-submit-{Cohort}");
            await page.WaitForURLAsync("**/clients/demo-02?done=readmitted&cohort=demo-cohort", Chromium.Arrived);
            Assert.Contains("from Discharged to Orientation", await page.TextContentAsync("#chart-done"), StringComparison.Ordinal);
            Assert.Contains("in treatment", await page.Locator(".chart-enrolment p").First.TextContentAsync(), StringComparison.Ordinal);

            // The client's names, corrected.
            Assert.Equal("Bravo D.", (await page.TextContentAsync("#client-name"))?.Trim());
            await page.GetByLabel("Corrected first name").FillAsync("Bria");
            await page.GetByLabel("Corrected family name").FillAsync("Sample");
            await page.GetByLabel("Why the names change").FillAsync("Misspelt at intake");
            await page.CheckAsync("#rename-confirm");
            await page.ClickAsync("#rename-submit");
            await page.WaitForURLAsync("**/clients/demo-02?done=renamed", Chromium.Arrived);
            Assert.Equal("Bria S.", (await page.TextContentAsync("#client-name"))?.Trim());

            // Rosters name clients by their initials from now on.
            await page.GotoAsync("/programs/demo", Chromium.Arrive);
            await page.SelectOptionAsync("#settings-roster", "initials");
            await page.ClickAsync("#settings-submit");
            await page.WaitForURLAsync("**/programs/demo?settings=saved", Chromium.Arrived);
            Assert.Contains("rosters show initials (A. L.)", await page.TextContentAsync("#settings-done"), StringComparison.Ordinal);
            await page.GotoAsync($"/cohorts/{Cohort}", Chromium.Arrive);
            Assert.Equal("B. S.", (await page.TextContentAsync("#roster tr[data-client='demo-02'] .client-name"))?.Trim());

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "clinical-actions.png"), FullPage = true });
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }
}
