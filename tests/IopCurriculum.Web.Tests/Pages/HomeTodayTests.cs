using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Pages;

/// <summary>The home page as a day's work: today's sessions in the reader's cohorts with their registers, and the plan reviews due.</summary>
public sealed class HomeTodayTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public HomeTodayTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task AFacilitatorSeesTodaysSessionsOfTheirCohortWithTheRegisterCountsAndLinks()
    {
        CohortPages.Other(_web.Engine);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "late")));

        var home = await Forms.Page(fay, "/");

        Assert.Equal("Today's sessions", CohortPages.Text(home, "#today-sessions h2"));
        var rows = home.QuerySelectorAll("#today-sessions tr.today-session");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(CohortPages.Demo, r.GetAttribute("data-cohort")));
        var row = home.QuerySelector($"#today-sessions tr.today-session[data-session='{rp}']")!;
        Assert.Equal("19:00–20:30", row.QuerySelector(".time")!.TextContent.Trim());
        Assert.StartsWith("RP 1", row.QuerySelector(".session")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Group room A", row.QuerySelector(".room")!.TextContent.Trim());
        var register = row.QuerySelector(".register a")!;
        Assert.Equal("6 clients, 2 recorded", register.TextContent.Trim());
        Assert.Equal($"/cohorts/demo-cohort/sessions/{rp}/attendance", register.GetAttribute("href"));
    }

    [Fact]
    public async Task ALeadSeesEveryCohortsSessionsButAFacilitatorNotAnotherCohorts()
    {
        var other = CohortPages.Other(_web.Engine);
        var lead = await Forms.Page(await _web.SignedIn("lee"), "/");
        Assert.Contains(lead.QuerySelectorAll("#today-sessions tr.today-session"), r => r.GetAttribute("data-cohort") == other);

        var facilitator = await Forms.Page(await _web.SignedIn("fay"), "/");
        Assert.DoesNotContain(facilitator.QuerySelectorAll("#today-sessions tr.today-session"), r => r.GetAttribute("data-cohort") == other);
        Assert.Contains(facilitator.QuerySelectorAll("#today-sessions tr.today-session"), r => r.GetAttribute("data-cohort") == CohortPages.Demo);
    }

    [Fact]
    public async Task OnADayWithoutSessionsThePageSaysSoAndWhenTheNextIs()
    {
        CohortPages.SetLocal(_web, 1, 9, 10);

        var home = await Forms.Page(await _web.SignedIn("fay"), "/");

        Assert.Empty(home.QuerySelectorAll("#today-sessions tr.today-session"));
        var sentence = CohortPages.Text(home, "#no-sessions-today");
        Assert.StartsWith("There are no sessions today. The next is ", sentence, StringComparison.Ordinal);
        Assert.EndsWith("on Mon 11 Jan 2027 at 18:00, cohort demo-cohort.", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverdueReviewIsListedWithWhenItWasDueAndALinkToTheChart()
    {
        // The sample plan names lee and sam as the staff who run its services.
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
        _web.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = CohortPages.Demo, ClientId = "demo-01", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        _web.Engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = CohortPages.Demo, ClientId = "demo-01", Actor = "lee" });
        var fay = await _web.SignedIn("fay");
        Assert.Equal("No treatment plan review is overdue or due in the next 7 days.", CohortPages.Text(await Forms.Page(fay, "/"), "#no-reviews-due"));

        // Signed on Monday 4 January, the plan falls due for review thirty days later, on Wednesday 3 February.
        CohortPages.SetLocal(_web, 2, 5, 10);
        var home = await Forms.Page(await _web.SignedIn("fay"), "/");

        var item = home.QuerySelector("#plan-reviews li.review-due")!;
        Assert.Equal("demo-01", item.GetAttribute("data-client"));
        Assert.Equal("true", item.GetAttribute("data-overdue"));
        Assert.Equal("/clients/demo-01", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.EndsWith("(cohort demo-cohort): review overdue: it was due 2 days ago, on Wed 3 Feb 2027", item.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Single(home.QuerySelectorAll("#plan-reviews li.review-due"));
    }

    [Fact]
    public async Task TheSectionsAreHeadedUnderThePagesOneHeading()
    {
        var home = await Forms.Page(await _web.SignedIn("fay"), "/");
        Assert.Single(home.QuerySelectorAll("h1"));
        Assert.Equal(["Today's sessions", "Plan reviews due", "Waiting for you", "Notes to write", "Notes to sign"], Forms.Texts(home, "h2"));
    }

    [Fact]
    public async Task AnAdministratorSeesNeitherSessionsNorReviews()
    {
        _web.User("root", Roles.Admin);
        var home = await Forms.Page(await _web.SignedIn("root"), "/");
        Assert.Null(home.QuerySelector("#today-sessions"));
        Assert.Null(home.QuerySelector("#plan-reviews"));
    }
}
