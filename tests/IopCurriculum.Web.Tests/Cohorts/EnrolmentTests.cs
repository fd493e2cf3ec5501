using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Cohorts;

public sealed class EnrolmentTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task EnrollingAClientTwiceShowsTheEnginesRefusalOnTheForm()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var client = await _web.SignedIn("fay");
        var response = await Forms.Submit(client, "/cohorts/demo-cohort", "enrol", new Dictionary<string, string>
        {
            ["Enrol.ClientId"] = "demo-01", ["Enrol.Week"] = "6",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await CreationTests.Parse(response);
        Assert.Equal("client demo-01 is already enrolled in cohort demo-cohort (from week 1)", CohortPages.Text(page, "#enrol-error"));
        // What was typed stays in the form.
        Assert.Equal("6", page.QuerySelector("#enrol-week")!.GetAttribute("value"));
        Assert.Equal(6, _web.Engine.Reports.Status(CohortPages.Demo).Clients.Count);
    }

    [Fact]
    public async Task EnrollingIntoAWeekThatHasEndedIsRefused()
    {
        // The host seeds the demo cohort from today when it starts, so it starts before the clock moves.
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 12, 9);
        _web.Engine.Weeks.AdvanceDue();
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/cohorts/demo-cohort", "enrol", new Dictionary<string, string>
        {
            ["Enrol.ClientId"] = "C-2001", ["Enrol.GivenName"] = "Bo", ["Enrol.FamilyName"] = "Tran", ["Enrol.Week"] = "1",
        });
        Assert.Equal(
            "week 1 is in the past: week 1 of cohort demo-cohort ended on 2027-01-10; the client can join week 2 or later",
            CohortPages.Text(await CreationTests.Parse(response), "#enrol-error"));

        response = await Forms.Submit(client, "/cohorts/demo-cohort", "enrol", new Dictionary<string, string>
        {
            ["Enrol.ClientId"] = "C-2001", ["Enrol.GivenName"] = "Bo", ["Enrol.FamilyName"] = "Tran", ["Enrol.Week"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Forms.Page(client, CohortPages.Target(response));
        Assert.Equal("week 2 of 16", CohortPages.Text(page, "#running-week"));
        Assert.Equal("2", CohortPages.Text(page, "#roster tr[data-client='C-2001'] .start-week"));
    }
}
