using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Cohorts;

public sealed class AccessTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task AFacilitatorOpensTheirAssignedCohortAndSeesOnlyIt()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.Other(_web.Engine);
        var client = await _web.SignedIn("fay");
        foreach (var path in new[] { "", "/dashboard", "/journal" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/cohorts/demo-cohort{path}", UriKind.Relative))).StatusCode);
        var programs = await Forms.Page(client, "/programs");
        Assert.Equal(["demo-cohort"], programs.QuerySelectorAll("tr[data-cohort]").Select(r => r.GetAttribute("data-cohort")));
    }

    [Fact]
    public async Task AnotherCohortAnswersAFacilitatorExactlyAsACohortThatDoesNotExist()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        _web.User("lee", Roles.ClinicalLead);
        var other = CohortPages.Other(_web.Engine);
        var lee = await _web.SignedIn("lee");
        var session = await CohortPages.SessionId(lee, other, 1, "RP 1", "2027-01-04");
        var fay = await _web.SignedIn("fay");

        var missing = await fay.GetAsync(new Uri("/cohorts/no-such-cohort", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFoundPage = await missing.Content.ReadAsStringAsync();
        Assert.Contains("There is nothing at this address", notFoundPage, StringComparison.Ordinal);
        foreach (var path in new[] { "", "/dashboard", "/journal", $"/sessions/{session}/attendance" })
        {
            var response = await fay.GetAsync(new Uri($"/cohorts/{other}{path}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(Strip(notFoundPage), Strip(body));
            Assert.DoesNotContain(other, body, StringComparison.Ordinal);
        }
        // A session of the other cohort reached through the facilitator's own cohort is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri($"/cohorts/demo-cohort/sessions/{session}/attendance", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fay.GetAsync(new Uri("/programs/no-such-program", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lee.GetAsync(new Uri($"/cohorts/{other}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFacilitatorCannotEnrolOrRecordInAnotherCohortByPostingToIt()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        _web.User("lee", Roles.ClinicalLead);
        var other = CohortPages.Other(_web.Engine);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var session = await CohortPages.SessionId(await _web.SignedIn("lee"), other, 1, "RP 1", "2027-01-04");
        var fay = await _web.SignedIn("fay");
        // Fay's own cohort page gives her a valid token and the form's field names.
        var own = await Forms.Page(fay, "/cohorts/demo-cohort");
        var token = own.QuerySelector("#enrol-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<(HttpStatusCode, string)> Post(string url, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = token;
            using var form = new FormUrlEncodedContent(fields);
            var response = await fay.PostAsync(new Uri(url, UriKind.Relative), form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        Dictionary<string, string> Enrol() => new() { ["_handler"] = "enrol", ["Enrol.ClientId"] = "C-9", ["Enrol.GivenName"] = "X", ["Enrol.FamilyName"] = "Y", ["Enrol.Week"] = "1" };
        Dictionary<string, string> Register() => new() { ["_handler"] = "attendance", ["Register.Entries[0].ClientId"] = "C-9", ["Register.Entries[0].Status"] = "attended" };

        // Refused, and answered exactly as the same post to a cohort that does not exist.
        var enrol = await Post($"/cohorts/{other}", Enrol());
        Assert.Equal(await Post("/cohorts/no-such-cohort", Enrol()), enrol);
        Assert.Equal(HttpStatusCode.BadRequest, enrol.Item1);
        var register = await Post($"/cohorts/{other}/sessions/{session}/attendance", Register());
        Assert.Equal(await Post($"/cohorts/no-such-cohort/sessions/{session}/attendance", Register()), register);
        Assert.Equal(HttpStatusCode.BadRequest, register.Item1);
        Assert.Empty(_web.Engine.Reports.Status(other).Clients);
    }

    [Fact]
    public async Task FormsPostedWithoutTheirAntiforgeryTokenAreRefused()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        foreach (var (url, handler, field) in new[]
        {
            ("/cohorts/demo-cohort", "enrol", "Enrol.ClientId"),
            ("/programs", "program", "Input.Id"),
            ("/cohorts/new", "cohort", "Input.Id"),
            ("/cohorts/demo-cohort/sessions/1/attendance", "attendance", "Register.Entries[0].ClientId"),
        })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = handler, [field] = "x-1" });
            var response = await client.PostAsync(new Uri(url, UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal(6, _web.Engine.Reports.Status(CohortPages.Demo).Clients.Count);
    }

    [Fact]
    public async Task EveryCohortPageRecordsItsReadInTheAudit()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        var client = await _web.SignedIn("fay");
        var session = await CohortPages.SessionId(client, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await Forms.Page(client, "/cohorts/demo-cohort/dashboard");
        await Forms.Page(client, "/cohorts/demo-cohort/journal");
        await Forms.Page(client, $"/cohorts/demo-cohort/sessions/{session}/attendance");

        var reads = _web.Engine.Audit.Read(new AuditQuery(Actor: "fay", Action: "read"));
        Assert.Contains(reads, a => a.Resource == "cohort demo-cohort" && a.Count == 6);
        Assert.Contains(reads, a => a.Resource == "cohort demo-cohort dashboard" && a.Count == 6);
        Assert.Contains(reads, a => a.Resource == "cohort demo-cohort journal");
        Assert.Contains(reads, a => a.Resource == $"cohort demo-cohort session {session} attendance" && a.Count == 6);
        Assert.DoesNotContain(reads, a => a.Resource.Contains("Demo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJournalShowsTheNewestEntryFirstWithWhoAndTheStageChange()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        await Forms.Submit(client, "/cohorts/demo-cohort", "enrol", new Dictionary<string, string>
        {
            ["Enrol.ClientId"] = "C-3001", ["Enrol.GivenName"] = "Kim", ["Enrol.FamilyName"] = "Park", ["Enrol.Week"] = "2",
        });
        var page = await Forms.Page(client, "/cohorts/demo-cohort/journal");
        var rows = page.QuerySelectorAll("tr.journal-entry");
        var first = rows[0];
        Assert.Equal("C-3001", first.QuerySelector(".journal-client")!.TextContent);
        Assert.Equal("lee", first.QuerySelector(".journal-actor")!.TextContent);
        Assert.StartsWith("(start) → ", first.QuerySelector(".journal-stage")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("first-run", rows[^1].QuerySelector(".journal-actor")!.TextContent);
        var ids = rows.Select(r => long.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    /// <summary>The page without its antiforgery tokens, which differ per response.</summary>
    private static string Strip(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "");
}
