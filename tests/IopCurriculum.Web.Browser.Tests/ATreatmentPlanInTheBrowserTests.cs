using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A clinical lead runs a client's whole plan lifecycle in the browser: opens the chart from the roster,
/// assesses the client and writes the plan, signs it, changes it (the old version stays readable), sees
/// the review flag once the review date passes, and writes the discharge summary.
/// </summary>
public sealed class ATreatmentPlanInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Goal = "problems[0].goals[0]";

    [SkippableFact]
    public async Task ALeadAssessesPlansSignsChangesReviewsAndDischarges()
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

            // From the roster to the chart, and on to the plan.
            await page.GotoAsync("/cohorts/demo-cohort", Chromium.Arrive);
            await page.ClickAsync("#roster a[href='/clients/demo-03']");
            await page.WaitForURLAsync("**/clients/demo-03", Chromium.Arrived);
            await page.ClickAsync("a.open-plan");
            await page.WaitForURLAsync("**/clients/demo-03/plan", Chromium.Arrived);
            await page.ClickAsync("#link-edit");
            await page.WaitForURLAsync("**/plan/edit", Chromium.Arrived);

            // The assessment and the plan, with one mistake the form points at.
            await page.GetByLabel("Diagnosis 1: code").FillAsync("F99.99");
            foreach (var (dimension, risk) in new[] { ("intoxication-withdrawal", "1"), ("biomedical", "0"), ("emotional-behavioral-cognitive", "2"), ("readiness-to-change", "1"), ("relapse-potential", "3"), ("recovery-environment", "2") })
                await page.SelectOptionAsync($"select[name='asam.{dimension}.risk']", risk);
            await page.FillAsync("#f-asam-relapse-potential-note", "Drinks with co-workers after shifts.");
            await page.GetByLabel("Assessment summary").FillAsync("Fits intensive outpatient care; lives with a supportive partner.");
            await page.GetByLabel("What the problem is").FillAsync("Drinking after work shifts has cost two jobs.");
            await page.FillAsync($"textarea[name='{Goal}.statement']", "No alcohol use for 30 days in a row, confirmed by breath tests.");
            await page.FillAsync($"input[name='{Goal}.target']", "2027-02-15");
            await page.SelectOptionAsync($"select[name='{Goal}.status']", "active");
            await page.FillAsync($"textarea[name='{Goal}.objectives']", "Name three triggers tied to the end of a shift.\nPlan an alternative for each weekday evening.");
            await page.FillAsync($"input[name='{Goal}.interventions[0].service']", "Relapse Prevention groups");
            await page.CheckAsync($"input[name='{Goal}.interventions[0].tracks'][value='RP']");
            await page.FillAsync($"input[name='{Goal}.interventions[0].frequency']", "twice weekly");
            await page.SelectOptionAsync($"select[name='{Goal}.interventions[0].responsible']", "lee");

            // A second service row is added on the server and what was typed stays.
            await page.ClickAsync("button:has-text('Add a service to problem 1, goal 1')");
            await page.WaitForSelectorAsync($"input[name='{Goal}.interventions[1].service']");
            Assert.Equal("Relapse Prevention groups", await page.InputValueAsync($"input[name='{Goal}.interventions[0].service']"));
            await page.FillAsync($"input[name='{Goal}.interventions[1].service']", "Weekly breath testing");
            await page.CheckAsync($"input[name='{Goal}.interventions[1].tracks'][value='UA']");
            await page.SelectOptionAsync($"select[name='{Goal}.interventions[1].responsible']", "lee");

            await page.ClickAsync("#plan-save");
            await page.WaitForSelectorAsync("#plan-problems");
            Assert.Contains("Diagnosis 1:", await page.TextContentAsync("#plan-problems"), StringComparison.Ordinal);
            Assert.Equal("true", await page.GetAttributeAsync("#f-diagnoses-0-code", "aria-invalid"));
            await page.FillAsync("#f-diagnoses-0-code", "F10.20");
            await page.ClickAsync("#plan-save");
            await page.WaitForURLAsync("**/plan?done=written", Chromium.Arrived);
            Assert.Contains("version 1, a draft", await page.TextContentAsync("#plan-done"), StringComparison.Ordinal);

            // Signed with the client's agreement.
            await page.FillAsync("#sign-agreed", "2027-01-04");
            await page.ClickAsync("#sign-submit");
            await page.WaitForURLAsync("**/plan?done=signed", Chromium.Arrived);
            Assert.StartsWith("Version 1 is signed and in force. Its review is due on Wed 3 Feb 2027.", (await page.TextContentAsync(".plan-standing"))!.Trim(), StringComparison.Ordinal);

            // A change is a new version with its reason; version 1 stays readable.
            await page.ClickAsync("#link-edit");
            await page.WaitForURLAsync("**/plan/edit", Chromium.Arrived);
            Assert.Equal("F10.20", await page.InputValueAsync("#f-diagnoses-0-code"));
            await page.FillAsync($"input[name='{Goal}.interventions[0].frequency']", "three times a week");
            await page.FillAsync("#f-change-reason", "More relapse prevention after a slip at work.");
            await page.ClickAsync("#plan-save");
            await page.WaitForURLAsync("**/plan?done=written", Chromium.Arrived);
            Assert.Equal(2, await page.Locator("tr.plan-version").CountAsync());
            await page.ClickAsync("details.plan-version-text[data-version='1'] summary");
            Assert.Contains("twice weekly", await page.TextContentAsync("details.plan-version-text[data-version='1']"), StringComparison.Ordinal);
            await page.ClickAsync("#sign-submit");
            await page.WaitForURLAsync("**/plan?done=signed", Chromium.Arrived);
            Assert.Equal("2", await page.GetAttributeAsync("h4.plan-in-force", "data-version"));

            // Past the review date the plan is flagged on the chart and the roster; a review clears it.
            // A month on, the idle session has expired, so the lead signs in again.
            host.Clock.Advance(TimeSpan.FromDays(31));
            await Chromium.SignInAsync(page, host.Address, "lee", Password);
            await page.GotoAsync("/clients/demo-03", Chromium.Arrive);
            Assert.Equal("true", await page.GetAttributeAsync(".plan-standing", "data-overdue"));
            await page.GotoAsync("/cohorts/demo-cohort", Chromium.Arrive);
            Assert.Contains("review overdue", await page.TextContentAsync("#roster tr[data-client='demo-03'] td.plan.overdue"), StringComparison.Ordinal);
            await page.GotoAsync("/cohorts/demo-cohort/clients/demo-03/plan", Chromium.Arrive);
            await page.FillAsync("#review-note", "Goals on track with the client; no change.");
            await page.ClickAsync("#review-submit");
            await page.WaitForURLAsync("**/plan?done=reviewed", Chromium.Arrived);
            Assert.Equal("false", await page.GetAttributeAsync(".plan-standing", "data-overdue"));

            // Discharge and the summary with its aftercare plan.
            await page.ClickAsync("#link-discharge");
            await page.WaitForURLAsync("**/clients/demo-03/discharge", Chromium.Arrived);
            await page.FillAsync("#end-reason", "Moving to a program near family.");
            await page.ClickAsync("#end-submit");
            await page.WaitForURLAsync("**/discharge?done=ended", Chromium.Arrived);
            await page.SelectOptionAsync("#f-reason", "transferred");
            await page.FillAsync("#f-summary", "Attended five weeks, sober since week 1; moving out of the area.");
            await page.FillAsync("#f-referrals", "Intensive outpatient care at the county clinic near family");
            await page.CheckAsync("#f-social-support");
            await page.ClickAsync("#discharge-submit");
            await page.WaitForURLAsync("**/discharge?done=written", Chromium.Arrived);
            await page.ClickAsync("#link-chart");
            await page.WaitForURLAsync("**/clients/demo-03", Chromium.Arrived);
            Assert.Equal("transferred to another level of care or program", (await page.TextContentAsync(".discharge-reason"))?.Trim());
            Assert.Contains("treatment has ended", await page.Locator(".chart-enrolment p").First.TextContentAsync(), StringComparison.Ordinal);

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "treatment-plan-chart.png"), FullPage = true });
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }
}
