using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Notes;

/// <summary>The billing page and its downloads: every client-day with why it waits, for the cohort's staff only.</summary>
public sealed class BillingPageTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task TheWeeksClientDaysSayWhetherTheyCanBeBilledAndWhyNotAndDownloadAsCsvAndJson()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended")));
        _web.Engine.Notes.Save(new NotesSaveRequest
        {
            CohortId = CohortPages.Demo, SessionId = rp, Narrative = "Covered the chain.", Actor = "fay",
            Drafts = [new("demo-01", new Dictionary<string, string?> { ["data"] = "Spoke.", ["assessment"] = "Progressing.", ["plan"] = "Continue." }, 90, [])],
        });

        var page = await Forms.Page(fay, "/cohorts/demo-cohort/billing?week=1");
        Assert.Equal("1", CohortPages.Text(page, "#billing-week"));
        Assert.Contains("HCPCS Level II code H0015", CohortPages.Text(page, "li[data-rule='H0015']"), StringComparison.Ordinal);
        var row = page.QuerySelector("tr[data-client='demo-01'][data-date='2027-01-04']")!;
        Assert.Equal("false", row.GetAttribute("data-billable"));
        var reasons = row.QuerySelectorAll("ul.reasons li").Select(li => li.TextContent).ToList();
        Assert.Contains("RP 1 has a progress note not yet signed", reasons);
        Assert.Contains("no signed treatment plan was in force", reasons);
        Assert.Contains("H0015 needs 180 minutes a day; the day has 90", reasons);

        var csv = await fay.GetAsync(new Uri("/cohorts/demo-cohort/billing/week-1.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("cohort,program,week,date,client,minutes,minutes_by_service,H0015_met,billable,reasons\n", text, StringComparison.Ordinal);
        Assert.Contains("demo-cohort,demo,1,2027-01-04,demo-01,90,RP 90,no,no,", text, StringComparison.Ordinal);
        var json = await fay.GetStringAsync(new Uri("/cohorts/demo-cohort/billing/week-1.json", UriKind.Relative));
        Assert.Contains("\"note\": \"draft\"", json, StringComparison.Ordinal);

        var bad = await fay.GetAsync(new Uri("/cohorts/demo-cohort/billing?week=99", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("runs weeks 1 to", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCohortsBillingAnswersNotFound()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var other = CohortPages.Other(_web.Engine);
        var fay = await _web.SignedIn("fay");
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri($"/cohorts/{other}/billing", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri($"/cohorts/{other}/billing/week-1.csv", UriKind.Relative))).StatusCode);
    }
}
