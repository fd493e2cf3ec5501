using IopCurriculum.Access;
using IopCurriculum.Web.Browser.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A facilitator who uses no mouse signs in, skips the menu, takes a group's register and saves it with the
/// keyboard alone (Tab, the arrow keys, typing, Enter and Space), seeing where the focus is at every stop;
/// a lead follows a link in a form's list of mistakes to the field it names.
/// </summary>
public sealed class TheFormsAreAccessibleByKeyboardAloneTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";

    [SkippableFact]
    public async Task AFacilitatorTakesTheRegisterWithTheKeyboardAlone()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        var engine = host.Engine;
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        // 20:40 on the first Monday in Los Angeles: the evening's Relapse Prevention group has begun.
        host.Clock.SetUtcNow(new LocalDateTime(2027, 1, 4, 20, 40).InZoneStrictly(DateTimeZoneProviders.Tzdb["America/Los_Angeles"]).ToDateTimeOffset());
        var rp = engine.Snapshots.Whole(Cohort).Sessions.First(s => s.Week == 1 && s.TrackCode == "RP" && s.SessionNumber == 1).Id;

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = Chromium.ErrorsOn(page);

            // Signing in: Tab to each field, type, Enter.
            await page.GotoAsync("/account/login", Chromium.Arrive);
            await Keys.TabToAsync(page, "#username");
            await page.Keyboard.TypeAsync("fay");
            await Keys.TabToAsync(page, "#password");
            await page.Keyboard.TypeAsync(Password);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(host.Address.ToString(), Chromium.Arrived);

            // The register: the first Tab offers the way past the menu, and it shows itself.
            var register = $"/cohorts/{Cohort}/sessions/{rp}/attendance";
            await page.GotoAsync(register, Chromium.Arrive);
            await Keys.TabToAsync(page, "#skip-link");
            var skip = await page.Locator("#skip-link").BoundingBoxAsync();
            Assert.True(skip is { X: >= 0, Width: > 0 }, "the skip link is on screen when it has focus");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => document.activeElement?.id === 'content'", null, new() { Timeout = Chromium.StepTimeout });
            Assert.EndsWith($"{register}#content", page.Url, StringComparison.Ordinal);

            // Alpha attended and arrived late-ish; Bravo was absent. Arrow keys choose within a list.
            await Keys.TabToAsync(page, "#status-demo-01");
            await page.Keyboard.PressAsync("ArrowDown");
            await Keys.TabToAsync(page, "#note-demo-01");
            await page.Keyboard.TypeAsync("arrived on time");
            await Keys.TabToAsync(page, "#status-demo-02");
            for (var i = 0; i < 4; i++) await page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal("attended", await page.InputValueAsync("#status-demo-01"));
            Assert.Equal("absent", await page.InputValueAsync("#status-demo-02"));

            // Space presses the Save button.
            await Keys.TabToAsync(page, "#attendance-submit");
            await page.Keyboard.PressAsync("Space");
            await page.WaitForURLAsync("**/attendance?saved=2", Chromium.Arrived);
            Assert.Equal("Saved: 2 entries recorded.", (await page.TextContentAsync("#attendance-saved"))?.Trim());
            Assert.Equal("attended", await page.InputValueAsync("#status-demo-01"));
            Assert.Equal("arrived on time", await page.InputValueAsync("#note-demo-01"));
            Assert.Equal("absent", await page.InputValueAsync("#status-demo-02"));
            Assert.Equal("", await page.InputValueAsync("#status-demo-03"));
            Assert.Equal("absent", (await page.TextContentAsync("#attendance-history tr.current[data-client='demo-02'] .history-status"))?.Trim());
            Assert.True(errors.Count == 0, "errors: " + string.Join(" | ", errors));
        }
    }

    [SkippableFact]
    public async Task ALeadFollowsAMistakeInThePlanFormFromItsSummaryToItsField()
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
            await Chromium.SignInAsync(page, host.Address, "lee", Password);
            var editor = $"/cohorts/{Cohort}/clients/demo-01/plan/edit";
            await page.GotoAsync(editor, Chromium.Arrive);
            await Keys.TabToAsync(page, "#plan-save");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator("#plan-problems a").First.WaitForAsync(new() { Timeout = Chromium.StepTimeout });

            // A link in the summary leads to the box it names, on this page, and the box has the focus.
            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#plan-problems a')].map(a => a.getAttribute('href'))");
            var field = await page.EvaluateAsync<string?>(
                "() => [...document.querySelectorAll('#plan-problems a')].map(a => a.getAttribute('href').slice(1)).find(id => document.getElementById(id)?.matches('input, select, textarea'))");
            Assert.True(field is not null, "no link in the summary names a box: " + string.Join(", ", links));
            await Keys.TabToAsync(page, $"#plan-problems a[href='#{field}']");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("id => document.activeElement?.id === id", field, new() { Timeout = Chromium.StepTimeout });
            Assert.EndsWith($"{editor}#{field}", page.Url, StringComparison.Ordinal);
            await Keys.AssertFocusVisibleAsync(page);
        }
    }
}
