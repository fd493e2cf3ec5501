using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>The client chart: what it shows a clinical lead, whom it refuses, and what it writes to the audit.</summary>
public sealed class ClientChartTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public ClientChartTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    private void SignedPlan(string clientId)
    {
        _web.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = CohortPages.Demo, ClientId = clientId, Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        _web.Engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = CohortPages.Demo, ClientId = clientId, Actor = "lee" });
    }

    [Fact]
    public async Task TheChartShowsTheEnrolmentThePlanInForceAndTheResults()
    {
        SignedPlan("demo-01");
        _web.Engine.Results.Record(new ResultRequest { CohortId = CohortPages.Demo, ClientId = "demo-01", CollectedOn = new LocalDate(2027, 1, 4), Outcome = "negative", Actor = "lee" });
        var lee = await _web.SignedIn("lee");

        var page = await Forms.Page(lee, "/clients/demo-01");

        Assert.Equal("demo-01", CohortPages.Text(page, "#client-id"));
        Assert.Equal("Alpha D.", CohortPages.Text(page, "#client-name"));
        var enrolment = page.QuerySelector("#enrolments tr.enrolment[data-cohort='demo-cohort']")!;
        Assert.Equal("in treatment", enrolment.QuerySelector(".enrolment-status")!.TextContent);
        Assert.Contains("Matrix Model client course: Intake and assessment", enrolment.QuerySelector(".stages")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Version 1 is signed and in force. Its review is due on Wed 3 Feb 2027.", CohortPages.Text(page, ".plan-standing"));
        Assert.Equal("1", page.QuerySelector("h4.plan-in-force")!.GetAttribute("data-version"));
        Assert.Contains("No alcohol use for 30 days in a row", page.QuerySelector(".plan-content .goal-statement")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["lee (test)", "sam (test)"], page.QuerySelectorAll(".plan-content")[0].QuerySelectorAll(".responsible").Select(e => e.TextContent));
        Assert.Equal("1", Assert.Single(page.QuerySelectorAll("tr.plan-version")).GetAttribute("data-version"));
        Assert.Contains("intake-assessment", page.QuerySelectorAll("tr.stage-step").Select(r => r.GetAttribute("data-stage")));
        Assert.Equal("negative", CohortPages.Text(page, "tr.test-result .outcome"));
        Assert.Equal("No attendance has been recorded yet.", CohortPages.Text(page, ".attendance-none"));

        var reads = _web.Engine.Audit.Read(new AuditQuery(Actor: "lee", Action: "read"));
        Assert.Contains(reads, a => a.Resource == "client demo-01 chart" && a.Count == 1);
    }

    [Fact]
    public async Task EveryVersionOfThePlanCanBeReadWithWhoChangedItAndWhy()
    {
        SignedPlan("demo-02");
        _web.Engine.TreatmentPlans.Write(new PlanWriteRequest
        {
            CohortId = CohortPages.Demo, ClientId = "demo-02", Source = SamplePlan.Text.Replace("twice weekly", "three times weekly", StringComparison.Ordinal),
            SourceName = "plan.yaml", Reason = "More relapse prevention after a slip", Actor = "lee",
        });
        var page = await Forms.Page(await _web.SignedIn("sam"), "/clients/demo-02");

        Assert.Equal("Version 1 is signed and in force. Its review is due on Wed 3 Feb 2027. A newer draft, version 2, has not been signed yet.", CohortPages.Text(page, ".plan-standing"));
        Assert.Equal(["2", "1"], page.QuerySelectorAll("tr.plan-version").Select(r => r.GetAttribute("data-version")));
        Assert.Contains("More relapse prevention after a slip", page.QuerySelector("tr.plan-version[data-version='2']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not signed", page.QuerySelector("tr.plan-version[data-version='2']")!.TextContent, StringComparison.Ordinal);
        var draft = page.QuerySelector("details.plan-version-text[data-version='2']")!;
        Assert.Equal("Read version 2 (draft)", draft.QuerySelector("summary")!.TextContent);
        Assert.Contains("three times weekly", draft.TextContent, StringComparison.Ordinal);
        Assert.Contains("twice weekly", page.QuerySelector("details.plan-version-text[data-version='1']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFacilitatorOfAnotherCohortIsAnsweredAsForAClientNobodyHasAndNothingIsAudited()
    {
        var other = CohortPages.Other(_web.Engine);
        _web.User("fay", Roles.Facilitator, other);
        var fay = await _web.SignedIn("fay");

        var missing = await fay.GetAsync(new Uri("/clients/no-such-client", UriKind.Relative));
        var refused = await fay.GetAsync(new Uri("/clients/demo-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Equal(Strip(await missing.Content.ReadAsStringAsync()), Strip(body));
        Assert.DoesNotContain("Alpha", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_web.Engine.Audit.Read(new AuditQuery(Actor: "fay")), a => a.Resource.StartsWith("client ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownClientIsTheNotFoundPageForAClinicalLead()
    {
        var response = await (await _web.SignedIn("lee")).GetAsync(new Uri("/clients/no-such-client", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFacilitatorSeesOnlyTheEnrolmentsInTheirOwnCohorts()
    {
        var other = CohortPages.Other(_web.Engine);
        _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = other, ClientId = "demo-03", GivenName = "Charlie", FamilyName = "Demo", Week = 1, Actor = "lee" });

        var sam = await Forms.Page(await _web.SignedIn("sam"), "/clients/demo-03");
        var lee = await Forms.Page(await _web.SignedIn("lee"), "/clients/demo-03");

        Assert.Equal(["demo-cohort"], sam.QuerySelectorAll("#enrolments tr.enrolment").Select(r => r.GetAttribute("data-cohort")));
        Assert.Equal(["demo-cohort", other], lee.QuerySelectorAll("#enrolments tr.enrolment").Select(r => r.GetAttribute("data-cohort")));
    }

    [Fact]
    public async Task TheRosterTheRegisterAndTheDashboardLinkToTheChart()
    {
        var lee = await _web.SignedIn("lee");
        var session = await CohortPages.SessionId(lee, CohortPages.Demo, 1, "RP 1", "2027-01-04");

        var roster = await Forms.Page(lee, "/cohorts/demo-cohort");
        var register = await Forms.Page(lee, $"/cohorts/demo-cohort/sessions/{session}/attendance");
        var dashboard = await Forms.Page(lee, "/cohorts/demo-cohort/dashboard");

        Assert.NotNull(roster.QuerySelector("#roster tr[data-client='demo-01'] a[href='/clients/demo-01']"));
        Assert.NotNull(register.QuerySelector("#register tr[data-client='demo-01'] a[href='/clients/demo-01']"));
        Assert.NotNull(dashboard.QuerySelector("section.client-board[data-client='demo-01'] h3 a[href='/clients/demo-01']"));
        Assert.Equal(HttpStatusCode.OK, (await lee.GetAsync(new Uri("/clients/demo-01", UriKind.Relative))).StatusCode);
    }

    /// <summary>The page without its antiforgery tokens, which differ per response.</summary>
    private static string Strip(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "");
}
