using System.Globalization;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Web.Tests.Actions;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using NodaTime;

namespace IopCurriculum.Web.Tests.Measures;

public sealed class MeasurePagesTests : IDisposable
{
    private const string Demo = CohortPages.Demo;
    private const string Entry = "/cohorts/demo-cohort/clients/demo-01/measures/new?measure=PHQ9";
    private const string MeasuresPage = "/cohorts/demo-cohort/clients/demo-01/measures";
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    /// <summary>The PHQ-9's nine scored items answered with <paramref name="points"/> each, item 9 with <paramref name="item9"/>.</summary>
    private static Dictionary<string, string> Phq9(int points, int? item9 = null, string day = "2027-01-04")
    {
        var fields = Enumerable.Range(1, 9).ToDictionary(i => $"item-{i}", i => (i == 9 ? item9 ?? points : points).ToString(CultureInfo.InvariantCulture));
        fields["answered-on"] = day;
        return fields;
    }

    [Fact]
    public async Task TheFormAsksEachItemWithItsAnswersTheDayAndANoteAndShowsTheSourceAndTerms()
    {
        var page = await Forms.Page(await _web.SignedInAs("fay", Roles.Facilitator, Demo), Entry);

        Assert.StartsWith("Over the last 2 weeks", page.QuerySelector("#instrument-period")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kroenke", page.QuerySelector("#instrument-source")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No permission required", page.QuerySelector("#instrument-terms")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.QuerySelectorAll("fieldset.measure-item").Length);
        Assert.Equal(4, page.QuerySelectorAll("input[type=radio][name='item-9']").Length);
        // Every answer has a label naming it; none is chosen until the clinician chooses.
        Assert.All(page.QuerySelectorAll("input[type=radio]"), r => Assert.NotNull(page.QuerySelector($"label[for='{r.Id}']")));
        Assert.Empty(page.QuerySelectorAll("input[type=radio][checked]"));
        Assert.Equal("2027-01-04", ((IHtmlInputElement)page.QuerySelector("#answered-on")!).Value);
        Assert.NotNull(page.QuerySelector("label[for='measure-note']"));
    }

    /// <summary>Saves the form and follows its redirect to the saved measure's own page, which a reload shows again without saving twice.</summary>
    private static async Task<HttpResponseMessage> Save(HttpClient client, string url, IReadOnlyDictionary<string, string> fields)
    {
        var posted = await Forms.Submit(client, url, "measure", fields);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var location = posted.Headers.Location!;
        Assert.Contains("saved=", location.OriginalString, StringComparison.Ordinal);
        return await client.GetAsync(location);
    }

    [Fact]
    public async Task ASavedPhq9ShowsItsScoreAndBandAndIsDrawnOnTheClientsChart()
    {
        var client = await _web.SignedInAs("fay", Roles.Facilitator, Demo);
        var response = await Save(client, Entry, Phq9(1, item9: 0));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PHQ-9 answered on 4 January 2027 is saved: 8 (Mild).", page.QuerySelector("#measure-saved-status")!.TextContent.Trim());
        Assert.Equal("8", page.QuerySelector("#measure-scores tr[data-score='total'] .score-value")!.TextContent.Trim());
        Assert.Equal("Mild", page.QuerySelector("#measure-scores tr[data-score='total'] .score-band")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#safety-alert"));
        var saved = Assert.Single(_web.Engine.Measures.Of(Demo, "demo-01"));
        Assert.Equal(("fay", 8), (saved.Actor, saved.Headline!.Value));
        // Reloading the saved page shows it again and records nothing.
        var reloaded = await client.GetAsync(response.RequestMessage!.RequestUri);
        Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
        Assert.Single(_web.Engine.Measures.Of(Demo, "demo-01"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri(Entry + "&saved=x", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(Entry + "&saved=999999", UriKind.Relative))).StatusCode);

        var measures = await Forms.Page(client, MeasuresPage);
        var svg = measures.QuerySelector("section[data-measure='PHQ9'] svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("PHQ-9 total score over time", svg.QuerySelector("title")!.TextContent);
        var point = Assert.Single(svg.QuerySelectorAll("circle.chart-point"));
        Assert.Equal(("2027-01-04", "8"), (point.GetAttribute("data-date"), point.GetAttribute("data-value")));
        var row = Assert.Single(measures.QuerySelectorAll("#phq9-entries tr.measure-entry"));
        Assert.Equal(("8", "Mild"), (row.QuerySelector(".entry-score")!.TextContent.Trim(), row.QuerySelector(".entry-band")!.TextContent.Trim()));
    }

    [Fact]
    public async Task PartialAnswersAreProratedByTheMeasuresRule()
    {
        var fields = Phq9(2);
        fields.Remove("item-4");
        var page = await Forms.Read(await Save(await _web.SignedInAs("lee", Roles.ClinicalLead), Entry, fields));
        Assert.Equal("PHQ-9 answered on 4 January 2027 is saved: 18 (Moderately severe), prorated for 1 missing item.", page.QuerySelector("#measure-saved-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnUnknownMeasureIsABadRequestPageInTheSitesLayout()
    {
        var response = await (await _web.SignedInAs("lee", Roles.ClinicalLead)).GetAsync(new Uri("/cohorts/demo-cohort/clients/demo-01/measures/new?measure=NOPE%3Cb%3E", UriKind.Relative));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.NotNull(page.QuerySelector("header.top"));
        Assert.Equal("There is no measure called 'NOPE<b>'. Choose one of the measures below.", page.QuerySelector("#measure-query-error")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("#measure-choices a").Length);
    }

    [Theory]
    [InlineData("/cohorts/demo-cohort/clients/nobody/measures/new?measure=PHQ9")]
    [InlineData("/cohorts/no-cohort/clients/demo-01/measures/new?measure=PHQ9")]
    [InlineData("/cohorts/demo-cohort/clients/nobody/measures")]
    [InlineData("/cohorts/no-cohort/clients/demo-01/measures")]
    [InlineData("/cohorts/no-cohort/outcomes")]
    public async Task AnUnknownCohortOrClientIsTheNotFoundPage(string url)
    {
        var response = await (await _web.SignedInAs("lee", Roles.ClinicalLead)).GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.Read(response);
        Assert.NotNull(page.QuerySelector("header.top"));
        Assert.Contains("There is nothing at this address", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACohortAFacilitatorIsNotAssignedToIsNotFound()
    {
        var other = CohortPages.Other(_web.Engine);
        _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = other, ClientId = "demo-01", GivenName = "A", FamilyName = "Demo", Week = 1, Actor = "lee" });
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, Demo);
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri($"/cohorts/{other}/clients/demo-01/measures/new?measure=PHQ9", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri($"/cohorts/{other}/clients/demo-01/measures", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("2027-01-05", "Day the client answered: 5 January 2027 is in the future; today is 4 January 2027.")]
    [InlineData("04/01/2027", "Day the client answered: '04/01/2027' is not a date; use the form yyyy-mm-dd.")]
    [InlineData("", "Give the day the client answered.")]
    [InlineData("2026-12-01", "The date answered 2026-12-01 is before client demo-01 joined (week 1 begins 2027-01-04).")]
    public async Task ABadDayIsRefusedInWordsAndNothingIsWritten(string day, string message)
    {
        var response = await Forms.Submit(await _web.SignedInAs("lee", Roles.ClinicalLead), Entry, "measure", Phq9(1, day: day));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, Forms.Texts(page, "#measure-problems li"));
        Assert.Empty(_web.Engine.Measures.Of(Demo, "demo-01"));
        // What was chosen stays chosen.
        Assert.Equal("1", page.QuerySelector("input[name='item-3'][checked]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnAnswerTheItemDoesNotOfferOrNoAnswerAtAllIsRefusedNamingTheItem()
    {
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var bad = Phq9(1);
        bad["item-3"] = "7";
        var response = await Forms.Submit(client, Entry, "measure", bad);
        var page = await Forms.Read(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Item 3: '7' is not one of its answers; choose one of those shown."], Forms.Texts(page, "#measure-problems li"));
        Assert.Equal("true", page.QuerySelector("fieldset#item-3")!.GetAttribute("aria-invalid"));

        var none = await Forms.Submit(client, Entry, "measure", Forms.Fields(("answered-on", "2027-01-04")));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(["No item is answered: choose the client's answer to at least one item."], Forms.Texts(await Forms.Read(none), "#measure-problems li"));
        Assert.Empty(_web.Engine.Measures.Of(Demo, "demo-01"));
    }

    [Fact]
    public async Task Item9AboveNothingOnAVersion3CohortShowsTheSafetyAlertAndPutsATaskInTheTeamsInbox()
    {
        var cohort = V3Cohort();
        var client = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await Save(client, $"/cohorts/{cohort}/clients/C-1/measures/new?measure=PHQ9", Phq9(0, item9: 1));
        var page = await Forms.Read(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("#safety-alert")!;
        Assert.Equal("alert", alert.GetAttribute("role"));
        Assert.Contains("PHQ-9 item 9 (Several days): check the client's safety today.", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("tell the team; book an individual session", page.QuerySelector("#safety-alert-actions")?.TextContent ?? alert.TextContent, StringComparison.Ordinal);

        Outbox.Run(_web.Engine);
        var task = Assert.Single(_web.Engine.Tasks.OfClient("C-1"));
        Assert.Contains("same-day safety check", task.Note ?? "", StringComparison.Ordinal);
        Assert.True(task.Due <= Instant.FromDateTimeOffset(_web.Clock.GetUtcNow()).Plus(Duration.FromHours(4)), "due within four hours");
    }

    [Fact]
    public async Task Item9AboveNothingOnACohortWhoseWorkflowDoesNotAlertStillWarnsInThePage()
    {
        var page = await Forms.Read(await Save(await _web.SignedInAs("lee", Roles.ClinicalLead), Entry, Phq9(0, item9: 2)));
        Assert.NotNull(page.QuerySelector("#safety-alert"));
        Assert.NotNull(page.QuerySelector("#safety-alert-no-workflow"));
    }

    [Fact]
    public async Task AClinicalLeadMarksAnEntryAsEnteredInErrorWithAReasonAndItLeavesTheChart()
    {
        var first = Record("demo-01", new LocalDate(2027, 1, 4), 2);
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(lee, MeasuresPage);
        Assert.Single(page.QuerySelectorAll("section[data-measure='PHQ9'] circle.chart-point"));

        var empty = await Forms.Submit(lee, page, MeasuresPage, $"strike-{first.Id}", Forms.Fields(("reason", " ")));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Nothing was changed: give the reason the entry is wrong.", (await Forms.Read(empty)).QuerySelector("#strike-error")!.TextContent);

        var done = await Forms.Submit(lee, MeasuresPage, $"strike-{first.Id}", Forms.Fields(("reason", "answers were the wrong client's")));
        var after = await Forms.Read(done);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("The PHQ-9 of 4 January 2027 is marked as entered in error.", after.QuerySelector("#strike-done")!.TextContent);
        var row = after.QuerySelector($"tr.measure-entry[data-measure-id='{first.Id}']")!;
        Assert.Contains("struck", row.ClassList);
        Assert.Contains("Entered in error: marked by lee (test) on 4 January 2027 (answers were the wrong client's)", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("section[data-measure='PHQ9'] circle.chart-point"));
        Assert.True(_web.Engine.Measures.Of(Demo, "demo-01")[0].Struck);

        // A second try at the same entry, as from a page left open, is refused in the page.
        var again = await Forms.Submit(lee, page, MeasuresPage, $"strike-{first.Id}", Forms.Fields(("reason", "again")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.NotNull((await Forms.Read(again)).QuerySelector("#strike-error"));
    }

    [Fact]
    public async Task AFacilitatorIsNotOfferedToMarkEntriesAsEnteredInError()
    {
        var entry = Record("demo-01", new LocalDate(2027, 1, 4), 1);
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, Demo);
        var page = await Forms.Page(fay, MeasuresPage);
        Assert.Empty(page.QuerySelectorAll("form.strike-form"));
        Assert.False(_web.Engine.Measures.Of(Demo, "demo-01").Single(m => m.Id == entry.Id).Struck);
    }

    [Fact]
    public async Task TheChartDrawsEveryCountingScoreInDateOrderAndListsTestsByWeek()
    {
        Record("demo-01", new LocalDate(2027, 1, 4), 3);
        CohortPages.SetLocal(_web, 1, 20, 9);
        Record("demo-01", new LocalDate(2027, 1, 18), 1);
        Record("demo-01", new LocalDate(2027, 1, 11), 2);
        Outbox.Test(_web.Engine, "demo-01", "negative", new LocalDate(2027, 1, 5));
        Outbox.Test(_web.Engine, "demo-01", "positive", new LocalDate(2027, 1, 12));

        var page = await Forms.Page(await _web.SignedInAs("lee", Roles.ClinicalLead), MeasuresPage);
        var svg = XElement.Parse(page.QuerySelector("section[data-measure='PHQ9'] svg.chart")!.OuterHtml);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var points = svg.Descendants(ns + "circle").Select(c => ((string?)c.Attribute("data-date"), double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(["2027-01-04", "2027-01-11", "2027-01-18"], points.Select(p => p.Item1));
        Assert.True(points[0].Item2 < points[1].Item2 && points[1].Item2 < points[2].Item2, "27, 18, 9: each lower on the page than the last");
        Assert.Equal(["4 January 2027", "11 January 2027", "18 January 2027"], Forms.Texts(page, "#phq9-entries tr.measure-entry th"));
        Assert.NotNull(page.QuerySelector("#urine-tests-chart[role=img]"));
        Assert.Equal(["1", "0", "0", "0"], Forms.Texts(page, "#urine-tests tr[data-week='1'] td"));
        Assert.Equal(["0", "1", "0", "0"], Forms.Texts(page, "#urine-tests tr[data-week='2'] td"));
    }

    [Fact]
    public async Task TheChartAndTheDashboardListWhatIsDueAndLinkToTheMeasures()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var chart = await Forms.Page(lee, "/clients/demo-01");
        Assert.Equal("/cohorts/demo-cohort/clients/demo-01/measures", chart.QuerySelector("#measures-link-demo-cohort")!.GetAttribute("href"));
        var due = Forms.Texts(chart, ".chart-measures li.measure-due");
        Assert.Contains("PHQ-9, due this week (the client's week 1)", due);
        Assert.Equal(4, due.Count);

        Record("demo-01", new LocalDate(2027, 1, 4), 1);
        var dashboard = await Forms.Page(lee, "/cohorts/demo-cohort/dashboard");
        Assert.Null(dashboard.QuerySelector("li.measure-due[data-client='demo-01'][data-measure='PHQ9']"));
        Assert.NotNull(dashboard.QuerySelector("li.measure-due[data-client='demo-02'][data-measure='PHQ9']"));
        Assert.Equal("/cohorts/demo-cohort/clients/demo-02/measures/new?measure=PHQ9", dashboard.QuerySelector("li.measure-due[data-client='demo-02'][data-measure='PHQ9'] a")!.GetAttribute("href"));
        Assert.NotNull(dashboard.QuerySelector("section.client-board[data-client='demo-01'] a.measures-link"));
        Assert.NotNull((await Forms.Page(lee, "/cohorts/demo-cohort")).QuerySelector("#roster tr[data-client='demo-01'] td.measures a"));

        // A week later, a measure not done is overdue.
        CohortPages.SetLocal(_web, 1, 12, 9);
        _web.Engine.Weeks.AdvanceDue();
        var later = await Forms.Page(await _web.SignedIn("lee"), "/cohorts/demo-cohort/dashboard");
        var gad7 = later.QuerySelector("li.measure-due[data-client='demo-02'][data-measure='GAD7']");
        Assert.True(gad7 is not null, string.Join(" | ", Forms.Texts(later, "li.measure-due")));
        Assert.Equal("true", gad7.GetAttribute("data-overdue"));
    }

    [Fact]
    public async Task TheOutcomesAreOnTheDashboardAndOnAPrintablePageOfTheirOwn()
    {
        Record("demo-01", new LocalDate(2027, 1, 4), 2);
        Outbox.Test(_web.Engine, "demo-01", "negative");
        CohortPages.SetLocal(_web, 1, 12, 9);
        _web.Engine.Weeks.AdvanceDue();
        Record("demo-01", new LocalDate(2027, 1, 12), 1);
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);

        var dashboard = await Forms.Page(lee, "/cohorts/demo-cohort/dashboard");
        Assert.Equal("/cohorts/demo-cohort/outcomes", dashboard.QuerySelector("#outcomes-print")!.GetAttribute("data-print"));
        Assert.NotNull(dashboard.QuerySelector("script[src='/js/print.js']"));
        // Six clients, one week ended: demo-01's negative, five without a test.
        Assert.Equal("16.7% of 6 client-weeks (1 negative)", dashboard.QuerySelector("#outcome-negative")!.TextContent);
        Assert.Equal("-8 points from baseline, over 1 client with two or more scores (negative is improvement)", dashboard.QuerySelector("#outcome-phq9")!.TextContent);
        Assert.Equal("1 week (demo-01, Alpha D.)", dashboard.QuerySelector("#outcome-longest-run")!.TextContent);

        var outcomes = await Forms.Page(lee, "/cohorts/demo-cohort/outcomes");
        Assert.NotNull(outcomes.QuerySelector("#print-retention-chart[role=img] title"));
        Assert.Equal(["1", "6", "6", "100%"], Forms.Texts(outcomes, "#print-retention tr[data-week='1'] th, #print-retention tr[data-week='1'] td"));
        Assert.Null(outcomes.QuerySelector("#outcomes-print"));
    }

    [Fact]
    public async Task EveryChartIsInlineMarkupTheContentSecurityPolicyAllows()
    {
        Record("demo-01", new LocalDate(2027, 1, 4), 2);
        var response = await (await _web.SignedInAs("lee", Roles.ClinicalLead)).GetAsync(new Uri(MeasuresPage, UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html[html.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("xlink:href=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<image", html, StringComparison.Ordinal);
    }

    private MeasureEntry Record(string clientId, LocalDate on, int each) =>
        _web.Engine.Measures.Record(new MeasureRequest
        {
            CohortId = Demo,
            ClientId = clientId,
            Instrument = "PHQ9",
            AnsweredOn = on,
            Answers = Enumerable.Range(1, 9).ToDictionary(i => i.ToString(CultureInfo.InvariantCulture), i => i == 9 ? 0 : each),
            Actor = "lee",
        }).Measure;

    private string V3Cohort()
    {
        _web.Engine.Cohorts.Create(new CohortRequest
        {
            Id = "v3-cohort",
            ProgramId = "demo",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [RepositoryPaths.Workflow("matrix-client-v3")],
            Start = new LocalDate(2027, 1, 4),
            Actor = "test",
        });
        _web.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = "v3-cohort", ClientId = "C-1", GivenName = "Cam", FamilyName = "Three", Week = 1, Actor = "test" });
        return "v3-cohort";
    }
}
