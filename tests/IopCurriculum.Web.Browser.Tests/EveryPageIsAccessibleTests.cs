using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// Every page of the site, as each role sees it and with data on it, passes axe-core's WCAG 2.0 and 2.1
/// rules at levels A and AA in the browser: contrast, labels, landmarks, headings, table headers, link names.
/// </summary>
public sealed class EveryPageIsAccessibleTests(SiteWithData site) : IClassFixture<SiteWithData>
{
    private const string Cohort = SiteWithData.Cohort;
    private const string Chart = $"/cohorts/{Cohort}/clients";

    [SkippableFact]
    public async Task ThePagesOfSomeoneSignedOutPass() =>
        await Check(null, "/account/login", "/account/login?ReturnUrl=%2Fcohorts", "/not-found");

    [SkippableFact]
    public async Task AClinicalLeadsPagesPass() =>
        await Check("lee",
            "/",
            "/programs",
            "/programs/demo",
            "/cohorts/new?program=demo",
            $"/cohorts/{Cohort}",
            $"/cohorts/{Cohort}?week=2",
            $"/cohorts/{Cohort}/dashboard",
            $"/cohorts/{Cohort}/dashboard?sort=overall&order=desc",
            $"/cohorts/{Cohort}/journal",
            $"/cohorts/{Cohort}/billing",
            $"/cohorts/{Cohort}/guides",
            $"/cohorts/{Cohort}/guides/1.html",
            $"/cohorts/{Cohort}/outcomes",
            $"/cohorts/{Cohort}/sessions/{site.RecordedSession}/attendance",
            $"/cohorts/{Cohort}/sessions/{site.RecordedSession}/attendance?saved=2",
            $"/cohorts/{Cohort}/sessions/{site.OpenSession}/attendance",
            $"{Chart}/demo-03/plan",
            $"{Chart}/demo-03/plan/edit",
            $"{Chart}/demo-01/plan/edit",
            $"{Chart}/demo-03/discharge",
            $"{Chart}/demo-01/measures",
            $"{Chart}/demo-01/measures/new?measure=PHQ9",
            $"{Chart}/demo-01/measures/new?measure=CRAVING",
            "/clients",
            "/clients?q=demo",
            "/clients/demo-03",
            "/clients/demo-01",
            "/clients/demo-01/disclosures",
            "/curricula",
            "/curricula/upload",
            "/curricula/matrix-16-week/1.0.0",
            "/curricula/matrix-16-week/1.0.0?week=3",
            "/curricula/matrix-16-week/1.0.0/sessions/RP%201/preview",
            $"/curricula/{SampleUploads.Id}/diff?from=1.0.0&to=1.1.0",
            "/workflows",
            "/workflows/matrix-client/1",
            "/workflows/contingency-management/1",
            "/tasks",
            "/incidents",
            "/account/calendar");

    [SkippableFact]
    public async Task AFacilitatorsPagesPass() =>
        await Check("fay",
            "/",
            "/tasks",
            "/programs",
            $"/cohorts/{Cohort}",
            $"/cohorts/{Cohort}/sessions/{site.RecordedSession}/attendance",
            "/clients/demo-01",
            "/account/calendar",
            "/account/denied");

    [SkippableFact]
    public async Task AnAdministratorsPagesPass() =>
        await Check("ada", "/", "/admin/users", "/admin/users?user=fay", "/admin/users?user=ivy", "/admin/recipients", "/admin/audit", "/admin/audit?limit=20", "/admin/audit?limit=abc");

    [SkippableFact]
    public async Task AnIntegratorsAndASupervisorsPagesPass()
    {
        await Check("ivy", "/", "/integration");
        await Check("sue", "/", "/tasks", $"/cohorts/{Cohort}/sessions/{site.RecordedSession}/attendance");
    }

    [SkippableFact]
    public async Task ErrorPagesPass() =>
        await Check("lee",
            $"/cohorts/{Cohort}?week=x",
            $"/cohorts/{Cohort}/dashboard?sort=shoe",
            $"/cohorts/{Cohort}/guides/99.html",
            "/curricula/matrix-16-week/1.0.0/sessions/RP%2099/preview",
            "/cohorts/no-such-cohort",
            "/no/such/page");

    [SkippableFact]
    public async Task FormsShowingTheirMistakesPass()
    {
        Chromium.RequireOrSkip();
        var page = await site.PageAsAsync("lee");
        var failures = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        // Each form sent with nothing chosen, or with a value the server refuses.
        foreach (var (address, field, value, submit) in new (string, string?, string, string)[]
        {
            ($"/cohorts/{Cohort}/sessions/{site.OpenSession}/attendance", null, "", "#attendance-submit"),
            ($"{Chart}/demo-01/measures/new?measure=PHQ9", null, "", "#measure-submit"),
            ($"{Chart}/demo-02/plan/edit", null, "", "#plan-save"),
            ("/cohorts/new?program=demo", "#cohort-start", "2026-01-05", "#cohort-submit"),
            ($"/cohorts/{Cohort}", "#enrol-client", "demo-01", "#enrol-submit"),
        })
        {
            await page.GotoAsync(address, Chromium.Arrive);
            if (field is not null) await page.FillAsync(field, value);
            await page.ClickAsync(submit);
            await page.Locator("[role=alert]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = Chromium.StepTimeout });
            await Axe.CheckAsync(page, $"{address} after {submit} with mistakes", failures);
        }

        // A form whose token has gone stale is answered with a page of its own.
        await page.GotoAsync($"{Chart}/demo-01/measures/new?measure=CRAVING", Chromium.Arrive);
        await page.EvaluateAsync("() => document.querySelectorAll('input[name=__RequestVerificationToken]').forEach(i => i.value = 'stale')");
        await page.ClickAsync("#measure-submit");
        await page.Locator("#problem-reload").WaitForAsync(new LocatorWaitForOptions { Timeout = Chromium.StepTimeout });
        await Axe.CheckAsync(page, "an expired form", failures);
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, Axe.Describe(failures));
    }

    /// <summary>Opens each address as <paramref name="user"/> and runs axe on it; fails listing every page's violations.</summary>
    private async Task Check(string? user, params string[] addresses)
    {
        Chromium.RequireOrSkip();
        var page = await site.PageAsAsync(user);
        var failures = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var address in addresses)
        {
            await page.GotoAsync(address, Chromium.Arrive);
            var path = new Uri(page.Url).AbsolutePath;
            if (path is "/account/login" or "/account/denied" && !address.StartsWith(path, StringComparison.Ordinal))
            {
                failures[address] = [$"was sent to {path}"];
                continue;
            }
            if (address.StartsWith("/workflows/", StringComparison.Ordinal))
                await page.Locator(".workflow-diagram svg").WaitForAsync(new LocatorWaitForOptions { Timeout = Chromium.StepTimeout });
            await Axe.CheckAsync(page, $"{address} (as {user ?? "nobody"})", failures);
        }
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, Axe.Describe(failures));
    }
}
