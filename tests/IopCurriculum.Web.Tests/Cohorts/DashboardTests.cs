using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Cohorts;

/// <summary>
/// The demo cohort's week 1 on the example Los Angeles calendar: ER 1 and RP 1 on Monday 4 January, FE 1 on
/// Wednesday, ER 2 and RP 2 on Friday, one 15-minute test, and each client's 50-minute IC 1 on Monday:
/// 455 minutes, 7.58 hours a client, under the 9-hour minimum.
/// </summary>
public sealed class DashboardTests : IDisposable
{
    private const string Url = "/cohorts/demo-cohort/dashboard";
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheDashboardChangesWhenAttendanceIsRecorded()
    {
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("lee");

        var before = await Forms.Page(client, Url);
        Assert.Equal(("0", "0"), Tally(before, "demo-01", "all"));
        Assert.Equal(("7.58", "0 so far", "scheduled"), Hours(before, "demo-01", 1));
        Assert.Equal(("not-yet-due", "0 of 2 held"), Check(before, 1, "rp-groups"));
        Assert.Equal(("not-yet-due", "no group held"), Check(before, 1, "rp-size"));
        Assert.Empty(before.QuerySelectorAll("section.client-board[data-client='demo-02'] .missed-sessions tr[data-code]"));

        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(client, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "absent")));

        var after = await Forms.Page(client, Url);
        Assert.Equal(("1", "0"), Tally(after, "demo-01", "RP"));
        Assert.Equal(("0", "1"), Tally(after, "demo-02", "RP"));
        Assert.Equal(("7.58", "1.5 so far", "scheduled"), Hours(after, "demo-01", 1));
        Assert.Equal("not yet", CohortPages.Text(after, "section.client-board[data-client='demo-02'] .missed-sessions tr[data-code='RP 1'] .make-up"));
        Assert.Equal(("not-yet-due", "1 of 2 held"), Check(after, 1, "rp-groups"));
        Assert.Equal(("not-met", "sizes 1"), Check(after, 1, "rp-size"));
    }

    [Fact]
    public async Task AMissedGroupSessionIsMadeUpByTheSameSessionInTheNextCycle()
    {
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("lee");
        var er1 = await CohortPages.SessionId(client, CohortPages.Demo, 1, "ER 1", "2027-01-04");
        var er2 = await CohortPages.SessionId(client, CohortPages.Demo, 1, "ER 2", "2027-01-08");
        await CohortPages.Register(client, CohortPages.Demo, er1, CohortPages.Marks(("demo-02", "absent")));

        // The open Early Recovery block starts again in week 5: ER 1 on Monday 1 February.
        CohortPages.SetLocal(_web, 2, 1, 19, 30);
        client = await _web.SignedIn("lee");
        await CohortPages.Register(client, CohortPages.Demo, er2, CohortPages.Marks(("demo-02", "excused")));
        var again = await CohortPages.SessionId(client, CohortPages.Demo, 5, "ER 1", "2027-02-01");
        await CohortPages.Register(client, CohortPages.Demo, again, CohortPages.Marks(("demo-02", "attended")));

        var page = await Forms.Page(client, Url);
        var board = "section.client-board[data-client='demo-02'] .missed-sessions";
        Assert.Equal("made up week 5", CohortPages.Text(page, $"{board} tr[data-code='ER 1'] .make-up"));
        Assert.Equal("not yet", CohortPages.Text(page, $"{board} tr[data-code='ER 2'] .make-up"));
        Assert.Equal(("1", "2"), Tally(page, "demo-02", "ER"));
    }

    [Fact]
    public async Task EachClientWeekUnderNineHoursSaysWhichHoursFallShort()
    {
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("lee");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(client, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended")));

        CohortPages.SetLocal(_web, 1, 11, 9);
        _web.Engine.Weeks.AdvanceDue();
        client = await _web.SignedIn("lee");
        var page = await Forms.Page(client, Url);
        Assert.Equal(("7.58", "1.5", "scheduled attended"), Hours(page, "demo-01", 1));
        Assert.Equal("under 9 h scheduled; under 9 h attended", CohortPages.Text(page, "section.client-board[data-client='demo-01'] tr.week-hours[data-week='1'] .hours-warning"));
        // Week 2 is running: its attended hours are not judged yet.
        Assert.Equal(("6.75", "0 so far", "scheduled"), Hours(page, "demo-01", 2));
    }

    [Fact]
    public async Task FidelityIsMetNotMetOrNotYetDueWithTheFigures()
    {
        _web.User("lee", Roles.ClinicalLead);
        foreach (var id in new[] { "demo-07", "demo-08" })
            _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = CohortPages.Demo, ClientId = id, GivenName = "Golf", FamilyName = "Demo", Week = 1, Actor = "test" });
        CohortPages.SetLocal(_web, 1, 8, 21);
        var client = await _web.SignedIn("lee");
        var everyone = Enumerable.Range(1, 8).Select(i => $"demo-{i:00}").ToList();
        foreach (var (code, date) in new[] { ("ER 1", "2027-01-04"), ("RP 1", "2027-01-04"), ("FE 1", "2027-01-06"), ("ER 2", "2027-01-08"), ("RP 2", "2027-01-08") })
        {
            var id = await CohortPages.SessionId(client, CohortPages.Demo, 1, code, date);
            _web.Engine.Attendance.RecordSession(new SessionAttendanceRequest
            {
                CohortId = CohortPages.Demo, SessionId = id, Entries = [.. everyone.Select(c => new RegisterEntry(c, "attended"))], Actor = "test",
            });
        }
        foreach (var c in everyone)
        {
            Result(c, "urine");
            if (c != "demo-08") Result(c, "breath");
        }

        var page = await Forms.Page(client, Url);
        Assert.Equal(("met", "2 of 2 held"), Check(page, 1, "rp-groups"));
        Assert.Equal(("met", "sizes 8, 8"), Check(page, 1, "rp-size"));
        Assert.Equal(("met", "1 of 1 held"), Check(page, 1, "fe-group"));
        Assert.Equal(("met", "2 of 2 held"), Check(page, 1, "er-groups"));
        Assert.Equal(("not-yet-due", "urine 8/8, breath 7/8"), Check(page, 1, "tests"));
        Assert.Equal(("met", "5 of 5 group sessions with a manual topic"), Check(page, 1, "topics"));

        CohortPages.SetLocal(_web, 1, 11, 9);
        _web.Engine.Weeks.AdvanceDue();
        page = await Forms.Page(await _web.SignedIn("lee"), Url);
        Assert.Equal(("not-met", "urine 8/8, breath 7/8"), Check(page, 1, "tests"));
        Assert.Equal(("not-yet-due", "0 of 2 held"), Check(page, 2, "rp-groups"));
    }

    private void Result(string clientId, string kind) =>
        _web.Engine.Results.Record(new ResultRequest
        {
            CohortId = CohortPages.Demo, ClientId = clientId, CollectedOn = new LocalDate(2027, 1, 6), Kind = kind, Outcome = "negative", Actor = "test",
        });

    private static (string Attended, string Missed) Tally(IHtmlDocument page, string client, string track)
    {
        var row = page.QuerySelector($"section.client-board[data-client='{client}'] table.tracks tr[data-track='{track}']")
            ?? throw new InvalidOperationException($"no {track} row for {client}");
        return (row.QuerySelector(".attended")!.TextContent, row.QuerySelector(".missed")!.TextContent);
    }

    private static (string Scheduled, string Attended, string Shortfall) Hours(IHtmlDocument page, string client, int week)
    {
        var row = page.QuerySelector($"section.client-board[data-client='{client}'] tr.week-hours[data-week='{week}']")
            ?? throw new InvalidOperationException($"no week {week} hours for {client}");
        return (row.QuerySelector(".scheduled-hours")!.TextContent, row.QuerySelector(".attended-hours")!.TextContent, row.QuerySelector(".hours-warning")!.GetAttribute("data-shortfall")!);
    }

    private static (string Status, string Figures) Check(IHtmlDocument page, int week, string key)
    {
        var cell = page.QuerySelector($"#fidelity tr[data-week='{week}'] td[data-check='{key}']")
            ?? throw new InvalidOperationException($"no {key} check in week {week}");
        return (cell.GetAttribute("data-status")!, cell.QuerySelector(".figures")!.TextContent);
    }
}
