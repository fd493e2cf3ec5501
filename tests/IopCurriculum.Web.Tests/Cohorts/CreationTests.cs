using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Cohorts;

public sealed class CreationTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task ALeadCreatesAProgramFromAnExampleCalendar()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/programs", "program", new Dictionary<string, string>
        {
            ["Input.Id"] = "eastside",
            ["Input.Name"] = "Eastside IOP",
            ["Input.Calendar"] = "matrix-16-week/calendars/example-los-angeles.yaml",
            ["Input.TimeZone"] = "",
            ["Input.RosterNames"] = "initials",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/programs/eastside", CohortPages.Target(response));

        var program = Assert.Single(_web.Engine.Programs.List(), p => p.Id == "eastside");
        Assert.Equal(("America/Los_Angeles", "initials"), (program.TimeZone, program.RosterNames));
        var page = await Forms.Page(client, "/programs/eastside");
        Assert.Equal("America/Los_Angeles", CohortPages.Text(page, "#program-tz"));
        Assert.Contains("Mon 2027-01-18", Forms.Texts(page, "ul.closures li"));
        Assert.Contains(Forms.Texts(await Forms.Page(client, "/programs"), "section.program h2 a"), t => t == "Eastside IOP");
    }

    [Fact]
    public async Task ADuplicateProgramIdAndAMissingZoneAreRefusedOnTheForm()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/programs", "program", new Dictionary<string, string> { ["Input.Id"] = "demo", ["Input.Name"] = "Again", ["Input.TimeZone"] = "UTC" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("program 'demo' already exists", CohortPages.Text(await Parse(response), "#program-error"));

        response = await Forms.Submit(client, "/programs", "program", new Dictionary<string, string> { ["Input.Id"] = "westside", ["Input.Name"] = "Westside", ["Input.Calendar"] = "" });
        Assert.Contains("give the program's time zone", CohortPages.Text(await Parse(response), "#program-error"), StringComparison.Ordinal);
        Assert.Single(_web.Engine.Programs.List());
    }

    [Fact]
    public async Task ALeadSetsHowOftenTheProgramsTreatmentPlansAreReviewedAndAFacilitatorCannot()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var page = await Forms.Page(client, "/programs/demo");
        Assert.StartsWith("every 30 days", CohortPages.Text(page, "#program-review-days"), StringComparison.Ordinal);

        var response = await Forms.Submit(client, page, "/programs/demo", "program-settings", new Dictionary<string, string> { ["review-days"] = "400" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nothing was saved. Days between treatment plan reviews: 400 is not between 1 and 365.", CohortPages.Text(await Parse(response), "#settings-error"));
        response = await Forms.Submit(client, page, "/programs/demo", "program-settings", new Dictionary<string, string> { ["review-days"] = "two weeks" });
        Assert.Contains("is not a whole number", CohortPages.Text(await Parse(response), "#settings-error"), StringComparison.Ordinal);
        Assert.Equal(30, _web.Engine.Programs.List().Single().PlanReviewDays);

        response = await Forms.Submit(client, page, "/programs/demo", "program-settings", new Dictionary<string, string> { ["review-days"] = "14" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(14, _web.Engine.Programs.List().Single().PlanReviewDays);
        page = await Forms.Page(client, CohortPages.Target(response)!);
        Assert.StartsWith("every 14 days", CohortPages.Text(page, "#program-review-days"), StringComparison.Ordinal);
        Assert.Contains("every 14 days", CohortPages.Text(page, "#settings-done"), StringComparison.Ordinal);

        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var facilitator = await _web.SignedIn("fay");
        var theirs = await Forms.Page(facilitator, "/programs/demo");
        Assert.Null(theirs.QuerySelector("#settings-form"));
        // A post made by hand with the facilitator's own token changes nothing.
        var token = theirs.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await Forms.Page(facilitator, "/cohorts/demo-cohort")).QuerySelector("#enrol-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "program-settings", ["review-days"] = "7", ["roster-names"] = "initials", ["__RequestVerificationToken"] = token });
        Assert.NotEqual(HttpStatusCode.Redirect, (await facilitator.PostAsync(new Uri("/programs/demo", UriKind.Relative), post)).StatusCode);
        Assert.Equal(14, _web.Engine.Programs.List().Single().PlanReviewDays);
    }

    [Fact]
    public async Task ALeadStartsACohortAndEnrolsAClientAtWeekSix()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/cohorts/new?program=demo", "cohort", new Dictionary<string, string>
        {
            ["Input.Curriculum"] = "matrix-16-week",
            ["Input.Start"] = "2027-01-11",
            ["Input.Id"] = "spring",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cohorts/spring", CohortPages.Target(response));
        var page = await Forms.Page(client, "/cohorts/spring");
        Assert.Equal("2027-01-11", CohortPages.Text(page, "#cohort-start"));
        Assert.Equal("matrix-16-week", CohortPages.Text(page, "#cohort-curriculum"));
        Assert.StartsWith("not started", CohortPages.Text(page, "#running-week"), StringComparison.Ordinal);
        Assert.Equal("Mon 2027-01-18 00:00 (America/Los_Angeles)", CohortPages.Text(page, "#next-boundary"));
        // Week 1's calendar: Early Recovery 1 on the Monday at 18:00 in the program calendar's room.
        var er1 = page.QuerySelector("section.calendar-day[data-date='2027-01-11'] li[data-code='ER 1']")!;
        Assert.Equal("18:00–19:00", er1.QuerySelector(".time")!.TextContent);
        Assert.Equal("Group room B", er1.QuerySelector(".room")!.TextContent);
        Assert.Equal("Early Recovery Skills", er1.QuerySelector(".track")!.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(er1.QuerySelector(".title")?.TextContent));

        response = await Forms.Submit(client, page, "/cohorts/spring", "enrol", new Dictionary<string, string>
        {
            ["Enrol.ClientId"] = "C-1001", ["Enrol.GivenName"] = "Ana", ["Enrol.FamilyName"] = "Lopez", ["Enrol.Week"] = "6",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        page = await Forms.Page(client, CohortPages.Target(response));
        Assert.Equal("Client C-1001 is enrolled from week 6.", CohortPages.Text(page, "#enrol-done"));
        Assert.Equal("6", CohortPages.Text(page, "#roster tr[data-client='C-1001'] .start-week"));
        Assert.Equal("Ana L.", CohortPages.Text(page, "#roster tr[data-client='C-1001'] .client-name"));
        Assert.Contains("Intake and assessment", CohortPages.Text(page, "#roster tr[data-client='C-1001'] .stage"), StringComparison.Ordinal);
        Assert.Equal("6", page.QuerySelector("#week-calendar")!.GetAttribute("data-week"));
        // The client's first individual session falls in their week 1, cohort week 6, whose Monday is
        // Presidents' Day: it is booked on the first open Monday, in week 7.
        Assert.Empty(page.QuerySelectorAll("li.calendar-session .individual"));
        page = await Forms.Page(client, "/cohorts/spring?week=7");
        Assert.Equal("individual: C-1001", CohortPages.Text(page, "section.calendar-day[data-date='2027-02-22'] li[data-code='IC 1'] .individual"));
    }

    [Fact]
    public async Task TheFormOffersEveryWorkflowButChecksOneVersionOfEach()
    {
        _web.User("lee", Roles.ClinicalLead);
        var html = await (await _web.SignedIn("lee")).GetStringAsync("/cohorts/new?program=demo");
        Assert.Matches("<input type=\"checkbox\" name=\"workflow\" value=\"matrix-client.yaml\" checked", html);
        Assert.Matches("<input type=\"checkbox\" name=\"workflow\" value=\"contingency-management.yaml\" checked", html);
        Assert.Matches("<input type=\"checkbox\" name=\"workflow\" value=\"matrix-client-v2.yaml\" data-workflow", html);
    }

    [Fact]
    public async Task AStartDateInThePastIsRefusedWithTheEnginesMessage()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/cohorts/new?program=demo", "cohort", new Dictionary<string, string>
        {
            ["Input.Curriculum"] = "matrix-16-week", ["Input.Start"] = "2027-01-03",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("the start date 2027-01-03 is in the past: today is 2027-01-04 in America/Los_Angeles", CohortPages.Text(await Parse(response), "#cohort-error"));
        Assert.Single(_web.Engine.Reports.Cohorts());
    }

    [Fact]
    public async Task ADuplicateCohortIdIsRefused()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await Forms.Submit(client, "/cohorts/new?program=demo", "cohort", new Dictionary<string, string>
        {
            ["Input.Curriculum"] = "matrix-16-week", ["Input.Start"] = "2027-01-04", ["Input.Id"] = "demo-cohort",
        });
        Assert.Equal("cohort 'demo-cohort' already exists; give it another id", CohortPages.Text(await Parse(response), "#cohort-error"));
    }

    [Fact]
    public async Task FacilitatorsCannotCreateProgramsOrCohorts()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var client = await _web.SignedIn("fay");
        var programs = await Forms.Page(client, "/programs");
        Assert.Null(programs.QuerySelector("#program-form"));
        Assert.Empty(programs.QuerySelectorAll("a.start-cohort"));

        var response = await client.GetAsync(new Uri("/cohorts/new?program=demo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        // A hand-made post, with the page's own antiforgery token, still creates nothing.
        var token = programs.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "program", ["Input.Id"] = "sneaky", ["Input.Name"] = "Sneaky", ["Input.TimeZone"] = "UTC",
        });
        response = await client.PostAsync(new Uri("/programs", UriKind.Relative), form);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(_web.Engine.Programs.List(), p => p.Id == "sneaky");
    }

    internal static async Task<AngleSharp.Html.Dom.IHtmlDocument> Parse(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
