using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Programs;

/// <summary>A program's roster names, plan review interval and export disclosure, changed together on the program page.</summary>
public sealed class ProgramSettingsTests : IDisposable
{
    private const string Page = "/programs/demo";

    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private IopCurriculum.Engine.Setup.ProgramSummary Demo => _web.Engine.Programs.List().Single(p => p.Id == "demo");

    [Fact]
    public async Task ALeadSavesTheSettingsInOneGo()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(lee, Page);
        foreach (var id in new[] { "settings-roster", "settings-review-days", "settings-client-id-system" })
            Assert.NotNull(page.QuerySelector($"label[for='{id}']"));
        Assert.Equal("first name and last initial (Ana L.)", CohortPages.Text(page, "#program-roster-names"));

        var response = await Forms.Submit(lee, page, Page, "program-settings", Forms.Fields(
            ("roster-names", "initials"), ("review-days", "14"), ("client-id-system", "urn:oid:2.16.840.1.113883.3.1234"), ("export-test-results", "yes")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Page}?settings=saved", CohortPages.Target(response));
        Assert.Equal(("initials", 14, "urn:oid:2.16.840.1.113883.3.1234", true), (Demo.RosterNames, Demo.PlanReviewDays, Demo.ClientIdSystem, Demo.ExportTestResults));

        var after = await Forms.Page(lee, CohortPages.Target(response));
        Assert.Equal("Program settings saved: rosters show initials (A. L.); treatment plans fall due for review every 14 days; exports send client ids under urn:oid:2.16.840.1.113883.3.1234 and carry test results.",
            CohortPages.Text(after, "#settings-done"));
        Assert.Equal("initials (A. L.)", CohortPages.Text(after, "#program-roster-names"));
        var roster = await Forms.Page(lee, $"/cohorts/{CohortPages.Demo}");
        Assert.Equal("A. D.", CohortPages.Text(roster, "#roster tr[data-client='demo-01'] .client-name"));
    }

    [Theory]
    [InlineData("abc", "Nothing was saved. Days between treatment plan reviews: “abc” is not a whole number; give 1 to 365.")]
    [InlineData("0", "Nothing was saved. Days between treatment plan reviews: 0 is not between 1 and 365.")]
    public async Task ABadNumberOfDaysIsNamedAndNothingIsSaved(string days, string message)
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var response = await Forms.Submit(lee, Page, "program-settings", Forms.Fields(("roster-names", "client-id"), ("review-days", days), ("export-test-results", "yes")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.Read(response);
        Assert.Equal(message, CohortPages.Text(page, "#settings-error"));
        Assert.Equal(days, page.QuerySelector("#settings-review-days")!.GetAttribute("value"));
        Assert.Equal(("first-name-last-initial", 30, false), (Demo.RosterNames, Demo.PlanReviewDays, Demo.ExportTestResults));
    }

    [Fact]
    public async Task AnIdentifierSystemThatIsNotAUriOrAnUnknownStyleIsNamed()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var system = await Forms.Read(await Forms.Submit(lee, Page, "program-settings", Forms.Fields(("client-id-system", "our mrn"))));
        Assert.StartsWith("Nothing was saved. Identifier system for client ids: “our mrn” is not an absolute URI", CohortPages.Text(system, "#settings-error"), StringComparison.Ordinal);
        var style = await Forms.Read(await Forms.Submit(lee, Page, "program-settings", Forms.Fields(("roster-names", "full-names"))));
        Assert.Equal("Nothing was saved. How rosters name clients: “full-names” is not one of the choices.", CohortPages.Text(style, "#settings-error"));
        Assert.Null(Demo.ClientIdSystem);
    }

    [Fact]
    public async Task AFacilitatorSeesTheSettingsButCannotChangeThem()
    {
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, CohortPages.Demo);
        var page = await Forms.Page(fay, Page);
        Assert.Null(page.QuerySelector("#settings-form"));
        Assert.Equal("first name and last initial (Ana L.)", CohortPages.Text(page, "#program-roster-names"));
        var response = await HandPosts.Post(fay, await Forms.Page(fay, $"/cohorts/{CohortPages.Demo}"), Page, "program-settings",
            Forms.Fields(("roster-names", "initials"), ("review-days", "7")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only clinical leads change a program's settings; nothing was saved.", CohortPages.Text(await Forms.Read(response), "#settings-error"));
        Assert.Equal(("first-name-last-initial", 30), (Demo.RosterNames, Demo.PlanReviewDays));
    }
}
