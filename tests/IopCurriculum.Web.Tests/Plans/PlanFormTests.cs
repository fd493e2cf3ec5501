using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Plans.Goals;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Plans;

/// <summary>The plan form: a lead writes, signs and changes a plan; every problem is shown at its field and nothing is written.</summary>
public sealed class PlanFormTests : IDisposable
{
    private const string Plan = "/cohorts/demo-cohort/clients/demo-03/plan";
    private const string Edit = Plan + "/edit";

    private readonly IopWebFactory _web = new();

    public PlanFormTests()
    {
        _web.User("lee", Roles.ClinicalLead);
        _web.User("sam", Roles.Facilitator, CohortPages.Demo);
    }

    public void Dispose() => _web.Dispose();

    /// <summary>A first plan as a lead fills in the blank form.</summary>
    private static Dictionary<string, string> Filled(string code = "F10.20", string target = "2027-02-15") => new()
    {
        ["diagnoses[0].code"] = code,
        ["asam.intoxication-withdrawal.risk"] = "1",
        ["asam.biomedical.risk"] = "0",
        ["asam.emotional-behavioral-cognitive.risk"] = "2",
        ["asam.readiness-to-change.risk"] = "1",
        ["asam.relapse-potential.risk"] = "3",
        ["asam.relapse-potential.note"] = "Drinks with co-workers after shifts.",
        ["asam.recovery-environment.risk"] = "2",
        ["summary"] = "Fits intensive outpatient care: \"supportive\" partner at home.",
        ["problems[0].statement"] = "Drinking after work shifts has cost two jobs.",
        ["problems[0].goals[0].statement"] = "No alcohol use for 30 days in a row, confirmed by breath tests.",
        ["problems[0].goals[0].target"] = target,
        ["problems[0].goals[0].status"] = "active",
        ["problems[0].goals[0].objectives"] = "Name three triggers.\r\nPlan each weekday evening.",
        ["problems[0].goals[0].interventions[0].service"] = "Relapse Prevention groups",
        ["problems[0].goals[0].interventions[0].tracks"] = "RP",
        ["problems[0].goals[0].interventions[0].frequency"] = "twice weekly",
        ["problems[0].goals[0].interventions[0].responsible"] = "lee",
    };

    private ClientTreatmentPlan Stored() => _web.Engine.TreatmentPlans.Read(CohortPages.Demo, "demo-03");

    [Fact]
    public async Task ALeadWritesSignsAndChangesAPlanInTheForm()
    {
        var lee = await _web.SignedIn("lee");

        var written = await Forms.Submit(lee, Edit, "plan", Filled());
        Assert.True(HttpStatusCode.Redirect == written.StatusCode, Problems(await written.Content.ReadAsStringAsync()));
        Assert.Equal(Plan + "?done=written", CohortPages.Target(written));
        var first = Assert.Single(Stored().Versions);
        Assert.Equal("Alcohol dependence, uncomplicated", first.Content.Assessment.Diagnoses[0].Title);
        Assert.Equal(["Name three triggers.", "Plan each weekday evening."], first.Content.Problems[0].Goals[0].Objectives);
        Assert.Equal("Fits intensive outpatient care: \"supportive\" partner at home.", first.Content.Assessment.Summary);
        Assert.Equal(["RP"], first.Content.Problems[0].Goals[0].Interventions[0].Tracks);

        var signed = await Forms.Submit(lee, Plan, "sign", Forms.Fields(("SignForm.AgreedOn", "2027-01-04")));
        Assert.Equal(Plan + "?done=signed", CohortPages.Target(signed));
        Assert.Equal(1, Stored().Standing.SignedVersion);
        Assert.Equal("Version 1 is signed and in force.", CohortPages.Text(await Forms.Page(lee, CohortPages.Target(signed)), "#plan-done"));

        // The form opens on the signed version; a change without its reason is refused at the reason field.
        var form = await Forms.Page(lee, Edit);
        Assert.Equal("F10.20", form.QuerySelector("#f-diagnoses-0-code")!.GetAttribute("value"));
        Assert.Equal("Alcohol dependence, uncomplicated", CohortPages.Text(form, ".code-title"));
        var noReason = await Forms.Submit(lee, form, Edit, "plan", Forms.Fields(("problems[0].goals[0].status", "achieved")));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var refused = await Page(noReason);
        Assert.Contains("version 1 is signed", CohortPages.Text(refused, "#f-change-reason-error"), StringComparison.Ordinal);
        Assert.Equal("f-change-reason-error", refused.QuerySelector("#f-change-reason")!.GetAttribute("aria-describedby"));
        Assert.Equal("achieved", refused.QuerySelector("#f-problems-0-goals-0-status option[selected]")!.GetAttribute("value"));
        Assert.Single(Stored().Versions);

        var changed = await Forms.Submit(lee, Edit, "plan", Forms.Fields(("problems[0].goals[0].status", "achieved"), ("change_reason", "Sober 30 days, confirmed")));
        Assert.Equal(Plan + "?done=written", CohortPages.Target(changed));
        var plan = Stored();
        Assert.Equal(2, plan.Versions.Count);
        Assert.Equal("Sober 30 days, confirmed", plan.Versions[1].Reason);
        Assert.Equal(GoalStatus.Achieved, plan.Versions[1].Content.Problems[0].Goals[0].Status);
        Assert.Equal(GoalStatus.Active, plan.Versions[0].Content.Problems[0].Goals[0].Status);

        // Saving the same again changes nothing, and says so.
        var again = await Forms.Submit(lee, Edit, "plan", new Dictionary<string, string>());
        Assert.Equal(Plan + "?done=unchanged", CohortPages.Target(again));
        Assert.Equal(2, Stored().Versions.Count);
    }

    [Fact]
    public async Task EachProblemIsShownAtItsFieldAndNothingIsWritten()
    {
        var lee = await _web.SignedIn("lee");
        var fields = Filled(code: "F99.99", target: "2026-12-01");
        fields["asam.biomedical.risk"] = "";
        fields["problems[0].goals[0].statement"] = "";
        var response = await Forms.Submit(lee, Edit, "plan", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Page(response);
        var links = page.QuerySelectorAll("#plan-problems li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(links, l => l.Item1 == "#f-diagnoses-0" && l.TextContent.StartsWith("Diagnosis 1: ", StringComparison.Ordinal) && l.TextContent.Contains("F99.99", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Item1 == "#f-problems-0-goals-0-target" && l.TextContent.StartsWith("Problem 1, goal 1, target date: ", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Item1 == "#f-problems-0-goals-0-statement");
        Assert.Contains(links, l => l.Item1 == "#f-asam-biomedical-risk" && l.TextContent.StartsWith("ASAM dimension 2. Biomedical conditions, risk", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("#f-diagnoses-0-error"));
        Assert.Equal("true", page.QuerySelector("#f-problems-0-goals-0-target")!.GetAttribute("aria-invalid"));
        // What was typed stays on the form.
        Assert.Equal("F99.99", page.QuerySelector("#f-diagnoses-0-code")!.GetAttribute("value"));
        Assert.Equal("Drinks with co-workers after shifts.", page.QuerySelector("#f-asam-relapse-potential-note")!.GetAttribute("value"));
        Assert.Empty(Stored().Versions);
    }

    [Fact]
    public async Task RowsAreAddedAndRemovedWithoutSavingAnything()
    {
        var lee = await _web.SignedIn("lee");
        var fields = Filled();
        fields["action"] = "add-goal:0";
        var added = await Page(await Forms.Submit(lee, Edit, "plan", fields));
        Assert.NotNull(added.QuerySelector("#f-problems-0-goals-1-statement[autofocus]"));
        Assert.Equal("Drinking after work shifts has cost two jobs.", added.QuerySelector("#f-problems-0-statement")!.TextContent);
        Assert.Empty(Stored().Versions);

        fields["action"] = "remove-diagnosis:0";
        var removed = await Page(await Forms.Submit(lee, Edit, "plan", fields));
        Assert.Null(removed.QuerySelector("#f-diagnoses-0-code"));
        Assert.Empty(Stored().Versions);
    }

    [Fact]
    public async Task AFormWithFarMoreRowsThanAPlanIsRefusedWhole()
    {
        var lee = await _web.SignedIn("lee");
        var fields = Filled();
        for (var i = 0; i <= 60; i++) fields[$"diagnoses[{i}].code"] = "F10.20";
        fields["diagnoses[9999999999].code"] = "F10.20";
        var page = await Page(await Forms.Submit(lee, Edit, "plan", fields));
        Assert.Contains("more than 60 diagnoses", CohortPages.Text(page, "#plan-error"), StringComparison.Ordinal);
        Assert.Empty(Stored().Versions);
    }

    [Fact]
    public async Task SigningAStaleVersionIsRefusedWithItsReason()
    {
        var lee = await _web.SignedIn("lee");
        await Forms.Submit(lee, Edit, "plan", Filled());
        var page = await Forms.Page(lee, Plan);
        _web.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = CohortPages.Demo, ClientId = "demo-03", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        var refused = await Page(await Forms.Submit(lee, page, Plan, "sign", new Dictionary<string, string>()));
        Assert.Contains("version 1 is not the newest version", CohortPages.Text(refused, "#plan-error"), StringComparison.Ordinal);
        Assert.Null(Stored().Standing.SignedVersion);
    }

    [Fact]
    public async Task AReviewNeedsANoteAndKeepsThePlanInForce()
    {
        var lee = await _web.SignedIn("lee");
        await Forms.Submit(lee, Edit, "plan", Filled());
        await Forms.Submit(lee, Plan, "sign", new Dictionary<string, string>());
        var empty = await Page(await Forms.Submit(lee, Plan, "review", Forms.Fields(("ReviewForm.Note", " "))));
        Assert.Contains("say what the review found", CohortPages.Text(empty, "#plan-error"), StringComparison.Ordinal);
        var reviewed = await Forms.Submit(lee, Plan, "review", Forms.Fields(("ReviewForm.Note", "Goals on track; no change.")));
        Assert.Equal(Plan + "?done=reviewed", CohortPages.Target(reviewed));
        Assert.Equal("Goals on track; no change.", Assert.Single(Stored().Reviews).Note);
    }

    [Fact]
    public async Task OnlyClinicalLeadsOpenThePlanPagesAndAnUnknownClientIsNotFound()
    {
        var sam = await _web.SignedIn("sam");
        foreach (var path in new[] { Plan, Edit, "/cohorts/demo-cohort/clients/demo-03/discharge" })
        {
            var response = await sam.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
        var lee = await _web.SignedIn("lee");
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync(new Uri("/cohorts/demo-cohort/clients/nobody/plan/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync(new Uri("/cohorts/no-cohort/clients/demo-03/plan", UriKind.Relative))).StatusCode);
        Assert.Null((await Forms.Page(sam, "/clients/demo-03")).QuerySelector("a.open-plan"));
        var plan = await Forms.Page(lee, Plan);
        foreach (var link in plan.QuerySelectorAll("p.crumbs a, #link-edit").Select(a => a.GetAttribute("href")!))
            Assert.True((await lee.GetAsync(new Uri(link, UriKind.Relative))).IsSuccessStatusCode, link);
        Assert.NotNull((await Forms.Page(lee, "/clients/demo-03")).QuerySelector("a.open-plan"));
    }

    /// <summary>The problems a refused form lists, to say why a test expected it to be saved.</summary>
    private static string Problems(string html)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return string.Join("\n", page.QuerySelectorAll("#plan-problems li, #plan-error").Select(e => e.TextContent.Trim()));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
    }
}
