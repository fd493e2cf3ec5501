using System.Net;
using System.Net.Http.Headers;
using IopCurriculum.Access;
using IopCurriculum.Consent;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>Consents recorded, with their scanned form, and revoked on the chart; the accounting of disclosures shown and downloaded.</summary>
public sealed class ConsentChartTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public ConsentChartTests()
    {
        _web.Engine.Recipients.Add("county-ehr", "County EHR", RecipientClasses.TreatingProvider, DisclosurePurposes.Treatment, "setup");
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 10, 0);
    }

    public void Dispose() => _web.Dispose();

    private const string Chart = "/clients/demo-01";

    [Fact]
    public async Task AFacilitatorRecordsAConsentWithItsScannedFormAndRecordsItsRevocation()
    {
        var fay = await _web.SignedIn("fay");
        var page = await Forms.Page(fay, Chart);
        Assert.NotNull(page.QuerySelector("#consent-none"));

        // A bad date order is refused with the reason, and what was typed stays.
        var refused = await Forms.Submit(fay, page, Chart, "consent", new Dictionary<string, string>
        {
            ["consent-recipient"] = "county-ehr", ["consent-signed"] = "2027-01-04", ["consent-expires"] = "2027-01-01", ["consent-witness"] = "Wes",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await CreationTests.Parse(refused);
        Assert.Contains("expires on 2027-01-01, before it takes effect on 2027-01-04", CohortPages.Text(shown, "#consent-error"), StringComparison.Ordinal);
        Assert.Equal("Wes", shown.QuerySelector("#consent-witness")!.GetAttribute("value"));
        Assert.Empty(_web.Engine.Consents.ForClient("demo-01"));

        // Posted as a browser posts a file: multipart, with every field the form rendered.
        using var content = new MultipartFormDataContent();
        foreach (var input in page.QuerySelectorAll("#consent-form input[type=hidden]"))
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        foreach (var (name, value) in new[] { ("consent-kind", "tpo"), ("consent-recipient", "county-ehr"), ("consent-covers", "all"), ("consent-signed", "2027-01-04"), ("consent-witness", "Wes") })
            content.Add(new StringContent(value), name);
        var file = new ByteArrayContent("%PDF-1.7 the signed form"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "consent-file", "signed.pdf");
        var recorded = await fay.PostAsync(new Uri(Chart, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        page = await Forms.Page(fay, CohortPages.Target(recorded)!);
        Assert.StartsWith("Consent recorded.", CohortPages.Text(page, "#consent-done"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#consent-none"));
        var row = page.QuerySelector("tr.consent")!;
        Assert.Equal("in effect", row.QuerySelector(".standing")!.TextContent);
        Assert.Contains("Treatment, Payment, Health-care operations", row.TextContent, StringComparison.Ordinal);
        var formLink = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("%PDF-1.7 the signed form", await fay.GetStringAsync(new Uri(formLink, UriKind.Relative)));

        var id = row.GetAttribute("data-consent")!;
        var early = await Forms.Submit(fay, page, Chart, $"revoke-{id}", new Dictionary<string, string> { ["revoked-on"] = "2027-01-03" });
        Assert.Contains("before it was signed on 2027-01-04", CohortPages.Text(await CreationTests.Parse(early), "#consent-error"), StringComparison.Ordinal);
        var revoked = await Forms.Submit(fay, page, Chart, $"revoke-{id}", new Dictionary<string, string> { ["revoked-on"] = "2027-01-04", ["revocation-note"] = "by phone" });
        page = await Forms.Page(fay, CohortPages.Target(revoked)!);
        Assert.StartsWith("revoked on Mon 4 Jan 2027 by fay (by phone)", page.QuerySelector("tr.consent .standing")!.TextContent, StringComparison.Ordinal);
        Assert.False(_web.Engine.Disclosures.Decide("county-ehr", null, ["demo-01"]).Allows("demo-01"));
        Assert.Null(page.QuerySelector($"#revoke-{id}"));
    }

    [Fact]
    public async Task TheAccountingOfDisclosuresIsShownAndDownloadedAndHiddenFromStaffOutsideTheCohort()
    {
        _web.Engine.Consents.Record("demo-01", new ConsentDraft(ConsentKinds.Tpo, "county-ehr", null, [], null, ConsentCoverage.All, new(2027, 1, 4), null, new(2027, 1, 4), null), null, "fay");
        var decision = _web.Engine.Disclosures.Decide("county-ehr", null, ["demo-01"]);
        _web.Engine.Disclosures.Record(decision, new Dictionary<string, string> { ["demo-01"] = "Patient 1, CarePlan 1" }, "fhir-search", "ian");

        var fay = await _web.SignedIn("fay");
        var page = await Forms.Page(fay, Chart);
        var line = page.QuerySelector("#disclosures tr.disclosure")!;
        Assert.Contains("County EHR", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("Patient 1, CarePlan 1", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("2027-01-04 10:00", line.TextContent, StringComparison.Ordinal);
        var csv = await fay.GetStringAsync(new Uri("/clients/demo-01/disclosures.csv", UriKind.Relative));
        Assert.Contains(",county-ehr,County EHR,treatment,fhir-search,\"Patient 1, CarePlan 1\",1,,ian", csv, StringComparison.Ordinal);

        // The printable accounting: whose, when prepared, and each line with how it went and the consent it went under.
        Assert.Equal("/clients/demo-01/disclosures", page.QuerySelector("#disclosures-print")!.GetAttribute("href"));
        var printable = await Forms.Page(fay, "/clients/demo-01/disclosures");
        Assert.Equal($"{CohortPages.Text(page, "#client-name")} (client demo-01)", CohortPages.Text(printable, "#accounting-client"));
        Assert.Equal("2027-01-04 10:00", CohortPages.Text(printable, "#accounting-prepared"));
        var printed = printable.QuerySelector("#accounting-lines tr.disclosure")!;
        Assert.Contains("electronic record request (FHIR search)", printed.TextContent, StringComparison.Ordinal);
        Assert.Contains("Patient 1, CarePlan 1", printed.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("consent 1: Treatment, payment and health-care operations", printed.QuerySelector(".basis")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("to County EHR, signed Mon 4 Jan 2027", printed.QuerySelector(".basis")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "fay", Action: "read")), a => a.Resource == "client demo-01 accounting of disclosures");

        _web.User("otto", Roles.Facilitator);
        var otto = await _web.SignedIn("otto");
        Assert.Equal(HttpStatusCode.NotFound, (await otto.GetAsync(new Uri("/clients/demo-01/disclosures.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otto.GetAsync(new Uri("/clients/demo-01/disclosures", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheDashboardAndRosterFlagClientsWithoutConsentOrWithOneExpiringAndAdministratorsSeeEmergencies()
    {
        ConsentDraft Tpo(NodaTime.LocalDate? expires) => new(ConsentKinds.Tpo, "county-ehr", null, [], null, ConsentCoverage.All, new(2027, 1, 4), expires, new(2027, 1, 4), null);
        _web.Engine.Consents.Record("demo-01", Tpo(new(2027, 1, 20)), null, "fay");
        _web.Engine.Consents.Record("demo-02", Tpo(null), null, "fay");
        var fay = await _web.SignedIn("fay");

        var dashboard = await Forms.Page(fay, $"/cohorts/{CohortPages.Demo}/dashboard");
        Assert.Equal("demo-01: consent expires after Wed 20 Jan 2027", CohortPages.Text(dashboard, "#consent-warnings li[data-client='demo-01']"));
        Assert.Null(dashboard.QuerySelector("#consent-warnings li[data-client='demo-02']"));
        Assert.Equal(4, dashboard.QuerySelectorAll("#consent-warnings li.consent-none").Length);

        var roster = await Forms.Page(fay, $"/cohorts/{CohortPages.Demo}");
        Assert.Equal("in effect", CohortPages.Text(roster, "#roster tr[data-client='demo-02'] td.consent"));
        Assert.StartsWith("no consent in effect", CohortPages.Text(roster, "#roster tr[data-client='demo-03'] td.consent"), StringComparison.Ordinal);

        _web.User("lee", Roles.ClinicalLead);
        _web.Engine.BreakGlass.Declare("demo-03", "county-ehr", "Seen in the emergency department", NodaTime.Duration.FromHours(4), "lee");
        _web.User("root", Roles.Admin);
        var audit = await Forms.Page(await _web.SignedIn("root"), "/admin/audit");
        var row = audit.QuerySelector("#break-glass-list tbody tr")!;
        Assert.Contains("Seen in the emergency department", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("County EHR", row.TextContent, StringComparison.Ordinal);
    }
}
