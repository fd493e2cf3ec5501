using IopCurriculum.Access;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Web.Browser.Tests.Support;
using Microsoft.Playwright;
using NodaTime;

namespace IopCurriculum.Web.Browser.Tests;

/// <summary>
/// A facilitator documents a real group in the browser: takes the register, writes the shared narrative
/// and three individualized notes linked to the clients' plan goals, signs them, adds an addendum, and
/// sees the clients' day become billable.
/// </summary>
public sealed class AGroupsNotesInTheBrowserTests
{
    private const string Password = "correct horse battery staple";
    private const string Cohort = "demo-cohort";
    private static readonly string[] Clients = ["demo-01", "demo-02", "demo-03"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [SkippableFact]
    public async Task AFacilitatorTakesTheRegisterWritesAndSignsTheNotesAndTheDayBecomesBillable()
    {
        Chromium.RequireOrSkip();
        await using var host = new LiveHost();
        await host.StartAsync();
        var engine = host.Engine;
        engine.Users.Create("lee", "Lee Lead", Password, Roles.ClinicalLead, "test");
        engine.Users.Create("sam", "Sam Staff", Password, Roles.Facilitator, "test");
        engine.Users.Create("fay", "Fay Facilitator", Password, Roles.Facilitator, "test");
        engine.Users.AssignCohort("fay", Cohort, "test");
        foreach (var client in Clients)
        {
            engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = Cohort, ClientId = client, Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
            engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = Cohort, ClientId = client, Actor = "lee" });
        }
        // The evening's group is over; the individual session and Early Recovery group before it are documented already.
        host.Clock.SetUtcNow(new LocalDateTime(2027, 1, 4, 20, 40).InZoneStrictly(LosAngeles).ToDateTimeOffset());
        var week = engine.Snapshots.Whole(Cohort);
        var er = week.Sessions.First(s => s.Week == 1 && s.TrackCode == "ER" && s.SessionNumber == 1);
        foreach (var client in Clients)
        {
            var enrolment = week.Clients.Single(c => c.Enrolment.ClientId == client).Enrolment.Id;
            var ic = week.Sessions.First(s => s.Week == 1 && s.TrackCode == "IC" && s.EnrolmentId == enrolment);
            foreach (var session in new[] { ic, er })
            {
                engine.Attendance.Record(new AttendanceRequest { CohortId = Cohort, ClientId = client, SessionId = session.Id, Status = "attended", Actor = "fay" });
                engine.Notes.Save(new NotesSaveRequest
                {
                    CohortId = Cohort, SessionId = session.Id, Narrative = session.EnrolmentId is null ? "Practised thought-stopping." : null, Actor = "fay",
                    Drafts = [new(client, new Dictionary<string, string?> { ["data"] = $"{client} in {session.TrackCode}.", ["assessment"] = "Progressing.", ["plan"] = "Continue." }, session.Minutes, ["1.1"])],
                });
                engine.Notes.Sign(new NotesSignRequest { CohortId = Cohort, SessionId = session.Id, ClientIds = [client], Actor = "fay" });
            }
        }

        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await Chromium.NewPageAsync(browser, host.Address);
            var errors = Chromium.ErrorsOn(page);
            await Chromium.SignInAsync(page, host.Address, "fay", Password);

            // From the week's calendar to the group's register.
            await page.GotoAsync($"/cohorts/{Cohort}?week=1", Chromium.Arrive);
            await page.ClickAsync("section.calendar-day[data-date='2027-01-04'] li.calendar-session[data-code='RP 1'] a.attendance-link");
            await page.WaitForURLAsync("**/attendance", Chromium.Arrived);
            foreach (var client in Clients) await page.SelectOptionAsync($"#status-{client}", "attended");
            await page.SelectOptionAsync("#status-demo-04", "absent");
            await page.ClickAsync("#attendance-submit");
            await page.WaitForURLAsync("**/attendance?saved=*", Chromium.Arrived);

            // The narrative once, then each client's own note with the goal it served.
            await page.FillAsync("#notes-narrative", "Mapped the trigger-thought-craving chain; each member charted a recent craving.");
            string[] data = ["Charted the end of a shift as her strongest trigger.", "Described a weekend craving and the call that got him past it.", "Role-played refusing a drink at a barbecue."];
            for (var i = 0; i < Clients.Length; i++)
            {
                var client = Clients[i];
                await page.CheckAsync($"#client-note-{client} input[data-goal='1.1']");
                await page.FillAsync($"#note-{client}-data", data[i]);
                await page.FillAsync($"#note-{client}-assessment", $"Sees the chain earlier than last week ({i + 1}).");
                await page.FillAsync($"#note-{client}-plan", $"Practise the plan on {(i == 0 ? "Tuesday" : i == 1 ? "Saturday" : "Sunday")}.");
            }
            Assert.Equal(0, await page.Locator("#client-note-demo-04").CountAsync());
            await page.ClickAsync("#notes-sign");
            await page.WaitForURLAsync("**notes=signed*", Chromium.Arrived);
            Assert.Equal("Notes saved and signed.", (await page.TextContentAsync("#notes-done"))?.Trim());
            Assert.Equal(3, await page.Locator("article.signed-note[data-stage='Complete']").CountAsync());

            // Something learned after signing is an addendum, with its reason.
            await page.SelectOptionAsync("#addendum-client", "demo-02");
            await page.FillAsync("#addendum-text", "Phoned after group: got home safely.");
            await page.FillAsync("#addendum-reason", "follow-up call");
            await page.ClickAsync("#addendum-submit");
            await page.WaitForURLAsync("**notes=addendum*", Chromium.Arrived);
            Assert.Contains("Addendum 1 by fay", await page.TextContentAsync("#signed-demo-02 p.addendum"), StringComparison.Ordinal);

            // IC 50 + ER 60 + RP 90 minutes, every note signed, a signed plan: Monday can be billed.
            await page.ClickAsync("#link-billing");
            await page.WaitForURLAsync("**/billing", Chromium.Arrived);
            foreach (var client in Clients)
                Assert.Equal("true", await page.GetAttributeAsync($"tr[data-client='{client}'][data-date='2027-01-04']", "data-billable"));
            Assert.Equal("false", await page.GetAttributeAsync("tr[data-client='demo-04'][data-date='2027-01-04']", "data-billable"));
            Assert.Contains("3 of", await page.TextContentAsync("#billing-summary"), StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(host.Screenshots, "billing-week-1.png"), FullPage = true });
            Assert.Empty(errors);
        }
    }
}
