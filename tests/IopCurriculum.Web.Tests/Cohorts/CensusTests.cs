using System.Net;
using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Cohorts;

/// <summary>
/// The dashboard's census: one row per client saying where they stand this week and what needs doing,
/// sortable by its columns; the weeks to come under the minimum; attendance by week as a chart and a table.
/// The demo cohort's week 1 schedules 7.58 hours a client and week 2 6.75 (see <see cref="DashboardTests"/>).
/// </summary>
public sealed class CensusTests : IDisposable
{
    private const string Url = "/cohorts/demo-cohort/dashboard";
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task EachClientHasOneRowSayingWhereTheyStandAndWhatNeedsDoing()
    {
        var client = await WeekOneRecorded();
        var page = await Forms.Page(client, Url);

        Assert.Equal(["demo-01", "demo-02", "demo-03", "demo-04", "demo-05", "demo-06"], Rows(page));
        var stage = _web.Engine.Reports.Status(CohortPages.Demo).Clients[0].Workflows[0].StageTitle;
        Assert.Equal("/clients/demo-01", page.QuerySelector("tr[data-client='demo-01'] th.census-client a")!.GetAttribute("href"));
        Assert.Contains(stage, Cell(page, "demo-01", "stage"), StringComparison.Ordinal);
        Assert.Equal("week 1 of 16", Cell(page, "demo-01", "week"));
        Assert.Equal("100 % (1 of 1)", Cell(page, "demo-01", "this-week"));
        Assert.Equal("0 % (0 of 1)", Cell(page, "demo-02", "this-week"));
        Assert.Equal("none recorded", Cell(page, "demo-03", "overall"));
        Assert.Equal("1.5 of 7.58 h so far", Cell(page, "demo-01", "hours"));
        Assert.Equal("negative urine, Mon 4 Jan", Cell(page, "demo-01", "test"));
        Assert.Equal("none yet", Cell(page, "demo-02", "test"));

        Assert.Equal("1 missed session not made up", Flag(page, "demo-02", "missed"));
        Assert.Null(page.QuerySelector("tr[data-client='demo-01'] li[data-flag='missed']"));
        Assert.Equal("no consent in effect", Flag(page, "demo-03", "consent"));
        Assert.Null(page.QuerySelector("tr[data-client='demo-04'] li[data-flag='consent']"));
        Assert.Equal("scheduled under 9 h this week", Flag(page, "demo-01", "hours"));
        var due = _web.Engine.Snapshots.Whole(CohortPages.Demo) is var whole
            ? IopCurriculum.Engine.Measures.MeasuresDue.ForCohort(whole.Cohort, whole.Clients).Count(d => d.ClientId == "demo-01") : 0;
        Assert.Equal(due == 0 ? null : due == 1 ? "1 measure due" : $"{due} measures due", page.QuerySelector("tr[data-client='demo-01'] li[data-flag='measures']")?.TextContent);
    }

    [Fact]
    public async Task TheCensusSortsByAColumnEitherWayWithTheSortNamedForAssistiveTechnology()
    {
        var client = await WeekOneRecorded();

        var down = await Forms.Page(client, Url + "?sort=overall&order=desc");
        Assert.Equal(["demo-01", "demo-02", "demo-03", "demo-04", "demo-05", "demo-06"], Rows(down));
        Assert.Equal("descending", down.QuerySelector("th[data-column='overall']")!.GetAttribute("aria-sort"));
        Assert.Null(down.QuerySelector("th[data-column='client']")!.GetAttribute("aria-sort"));
        Assert.Equal("?sort=overall&order=asc#census", down.QuerySelector("th[data-column='overall'] a")!.GetAttribute("href"));

        var up = await Forms.Page(client, Url + "?sort=overall&order=asc");
        // Clients with nothing recorded come last whichever way the column runs.
        Assert.Equal(["demo-02", "demo-01", "demo-03", "demo-04", "demo-05", "demo-06"], Rows(up));
        Assert.Equal("ascending", up.QuerySelector("th[data-column='overall']")!.GetAttribute("aria-sort"));

        var flags = await Forms.Page(client, Url + "?sort=flags&order=desc");
        Assert.Equal("demo-02", Rows(flags)[0]);
        var tests = await Forms.Page(client, Url + "?sort=test");
        Assert.Equal("demo-01", Rows(tests)[0]);
    }

    [Theory]
    [InlineData("?sort=shoe", "'shoe' is not a column of the census")]
    [InlineData("?sort=hours&order=up", "'up' is not an order")]
    [InlineData("?order=desc", "An order needs a column to sort by")]
    public async Task ASortTheCensusDoesNotHaveIsABadRequestPageNamingIt(string query, string message)
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await client.GetAsync(new Uri(Url + query, UriKind.Relative));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, CohortPages.Text(page, "#bad-address"), StringComparison.Ordinal);
        Assert.Equal(Url, page.QuerySelector("a#bad-address-fix")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AttendanceByWeekIsDrawnWithAPointPerWeekRecordedAndListedInATable()
    {
        var client = await WeekOneRecorded();
        CohortPages.SetLocal(_web, 1, 11, 20, 45);
        _web.Engine.Weeks.AdvanceDue();
        client = await _web.SignedIn("lee");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 2, "RP 3", "2027-01-11");
        await CohortPages.Register(client, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "attended"), ("demo-03", "late"), ("demo-04", "excused")));

        var page = await Forms.Page(client, Url);
        var points = page.QuerySelectorAll("svg#attendance-chart circle.chart-point")
            .Select(p => (p.GetAttribute("data-week"), p.GetAttribute("data-value"))).ToList();
        Assert.Equal([("1", "50"), ("2", "75")], points);
        Assert.Equal(("1", "2"), (CohortPages.Text(page, "#attendance-weeks tr[data-week='1'] .attended"), CohortPages.Text(page, "#attendance-weeks tr[data-week='1'] .recorded")));
        Assert.Equal("75 % (3 of 4)", CohortPages.Text(page, "#attendance-weeks tr[data-week='2'] .share"));
        Assert.Equal("week 2 of 16", Cell(page, "demo-03", "week"));
        Assert.Equal("100 % (1 of 1)", Cell(page, "demo-03", "this-week"));
    }

    [Fact]
    public async Task WeeksToComeThatScheduleUnderTheMinimumAreListed()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(client, Url);

        Assert.Equal("Week 1, from Mon 4 Jan 2027: all 6 clients in treatment are scheduled under the 9 h minimum (fewest 7.58 h)",
            CohortPages.Text(page, "#short-weeks li[data-week='1']"));
        Assert.Contains("(fewest 6.75 h)", CohortPages.Text(page, "#short-weeks li[data-week='2']"), StringComparison.Ordinal);

        // A week that has ended is no longer to come.
        CohortPages.SetLocal(_web, 1, 11, 9);
        _web.Engine.Weeks.AdvanceDue();
        page = await Forms.Page(await _web.SignedIn("lee"), Url);
        Assert.Null(page.QuerySelector("#short-weeks li[data-week='1']"));
        Assert.NotNull(page.QuerySelector("#short-weeks li[data-week='2']"));
    }

    [Fact]
    public async Task ACohortBeforeItsStartSaysSoInsteadOfWeekZero()
    {
        CohortPages.Other(_web.Engine, "february", new LocalDate(2027, 2, 1));
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(client, "/cohorts/february/dashboard");

        Assert.StartsWith("This cohort has not started yet: week 1 begins on Mon 1 Feb 2027.", CohortPages.Text(page, "#not-started"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#dashboard-week"));
        Assert.DoesNotContain("Week 0", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("No clients enrolled yet.", CohortPages.Text(page, "#census-empty"));
        Assert.Null(page.QuerySelector("svg#attendance-chart"));
        Assert.Contains("the group sessions add up to", CohortPages.Text(page, "#short-weeks li[data-week='1']"), StringComparison.Ordinal);
    }

    /// <summary>Monday evening of week 1: demo-04 has a consent; RP 1 with demo-01 attending and demo-02 absent, and a negative urine test for demo-01.</summary>
    private async Task<HttpClient> WeekOneRecorded()
    {
        _web.Engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "setup");
        _web.User("lee", Roles.ClinicalLead);
        _web.Engine.Consents.Record("demo-04", new ConsentDraft(ConsentKinds.Tpo, "county-ehr", null, [], null, ConsentCoverage.All, new(2027, 1, 4), null, new(2027, 1, 4), null), null, "lee");
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var client = await _web.SignedIn("lee");
        var rp = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(client, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "absent")));
        _web.Engine.Results.Record(new ResultRequest
        {
            CohortId = CohortPages.Demo, ClientId = "demo-01", CollectedOn = new LocalDate(2027, 1, 4), Kind = "urine", Outcome = "negative", Actor = "test",
        });
        return client;
    }

    private static List<string> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table#census tbody tr").Select(r => r.GetAttribute("data-client")!)];

    private static string Cell(IHtmlDocument page, string client, string column) =>
        CohortPages.Text(page, $"table#census tr[data-client='{client}'] .census-{column}");

    private static string Flag(IHtmlDocument page, string client, string flag) =>
        CohortPages.Text(page, $"table#census tr[data-client='{client}'] li[data-flag='{flag}']");
}
