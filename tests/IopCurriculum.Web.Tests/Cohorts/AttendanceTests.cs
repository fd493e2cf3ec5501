using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Cohorts;

public sealed class AttendanceTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheRegisterListsEveryExpectedClientAndSavesThemInOnePost()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");

        var page = await Forms.Page(client, $"/cohorts/demo-cohort/sessions/{rp}/attendance");
        Assert.Equal(["demo-01", "demo-02", "demo-03", "demo-04", "demo-05", "demo-06"],
            page.QuerySelectorAll("tr.register-line").Select(r => r.GetAttribute("data-client")).Order(StringComparer.Ordinal));
        Assert.Equal(["", "attended", "late", "excused", "absent", "cancelled"],
            page.QuerySelectorAll("#status-demo-01 option").Select(o => o.GetAttribute("value")));

        var response = await CohortPages.Register(client, CohortPages.Demo, rp, new Dictionary<string, (string, string)>
        {
            ["demo-01"] = ("attended", ""), ["demo-02"] = ("late", "bus"), ["demo-03"] = ("absent", "called in sick"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await Forms.Page(client, CohortPages.Target(response));
        Assert.Equal("Saved: 3 entries recorded.", CohortPages.Text(page, "#attendance-saved"));
        Assert.Equal("late", page.QuerySelector("#status-demo-02 option[selected]")!.GetAttribute("value"));
        Assert.Equal("bus", page.QuerySelector("#note-demo-02")!.GetAttribute("value"));
        Assert.Equal(3, page.QuerySelectorAll("tr.history-entry").Length);
    }

    [Fact]
    public async Task ACorrectionIsANewRevisionAndTheEarlierEntryStaysUnderTheForm()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "absent"), ("demo-02", "attended")));

        // Sign-ins last eight hours; the lead comes in the next morning.
        CohortPages.SetLocal(_web, 1, 5, 9, 15);
        var lee = await _web.SignedIn("lee");
        // Saving the whole register again changes only demo-01's entry: demo-02's is kept as it was.
        var response = await CohortPages.Register(lee, CohortPages.Demo, rp, new Dictionary<string, (string, string)>
        {
            ["demo-01"] = ("attended", "was in the room after all"), ["demo-02"] = ("attended", ""),
        });
        var page = await Forms.Page(lee, CohortPages.Target(response));
        Assert.Equal("Saved: 1 entry recorded.", CohortPages.Text(page, "#attendance-saved"));

        var history = page.QuerySelectorAll("tr.history-entry[data-client='demo-01']")
            .Select(r => (r.GetAttribute("data-revision"), r.QuerySelector(".history-status")!.TextContent, r.QuerySelector(".history-actor")!.TextContent, r.QuerySelector(".history-at")!.TextContent, r.ClassList.Contains("current")))
            .ToList();
        Assert.Equal(
            [("1", "absent", "fay", "2027-01-04 20:45", false), ("2", "attended", "lee", "2027-01-05 09:15", true)],
            history);
        Assert.Single(page.QuerySelectorAll("tr.history-entry[data-client='demo-02']"));
    }

    [Fact]
    public async Task ARegisterWithOneRefusedEntrySavesNothingAndKeepsWhatWasTyped()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        var url = $"/cohorts/demo-cohort/sessions/{rp}/attendance";
        var page = await Forms.Page(client, url);
        var response = await Forms.Submit(client, page, url, "attendance", new Dictionary<string, string>
        {
            ["Register.Entries[0].Status"] = "attended",
            ["Register.Entries[1].Status"] = "asleep",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page = await CreationTests.Parse(response);
        Assert.StartsWith("Nothing was saved: 'asleep' is not an attendance status", CohortPages.Text(page, "#attendance-error"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tr.history-entry"));
        Assert.Equal("attended", page.QuerySelectorAll("tr.register-line")[0].QuerySelector("option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ASessionThatHasNotBegunCannotBeRecorded()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var client = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        var url = $"/cohorts/demo-cohort/sessions/{rp}/attendance";
        var page = await Forms.Page(client, url);
        Assert.NotNull(page.QuerySelector("#not-begun"));
        var response = await Forms.Submit(client, page, url, "attendance", new Dictionary<string, string> { ["Register.Entries[0].Status"] = "attended" });
        Assert.Equal(
            "Nothing was saved: RP 1 is not until 2027-01-04 19:00 (America/Los_Angeles); record attendance once the session has begun",
            CohortPages.Text(await CreationTests.Parse(response), "#attendance-error"));
    }

    [Fact]
    public async Task ATestResultIsRecordedFromTheForm()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        var url = $"/cohorts/demo-cohort/sessions/{rp}/attendance";
        var response = await Forms.Submit(client, url, "result", new Dictionary<string, string>
        {
            ["Result.ClientId"] = "demo-03", ["Result.CollectedOn"] = "2027-01-04", ["Result.Kind"] = "breath", ["Result.Outcome"] = "negative",
        });
        Assert.Equal("Recorded: breath negative for demo-03 on 2027-01-04.", CohortPages.Text(await CreationTests.Parse(response), "#result-saved"));

        response = await Forms.Submit(client, url, "result", new Dictionary<string, string>
        {
            ["Result.ClientId"] = "demo-03", ["Result.CollectedOn"] = "2027-01-05", ["Result.Outcome"] = "negative",
        });
        Assert.Equal("the collection date 2027-01-05 is in the future: today is 2027-01-04 in America/Los_Angeles", CohortPages.Text(await CreationTests.Parse(response), "#result-error"));
        var roster = await Forms.Page(client, "/cohorts/demo-cohort");
        Assert.Equal("negative breath 2027-01-04", CohortPages.Text(roster, "#roster tr[data-client='demo-03'] .last-result"));
    }
}
