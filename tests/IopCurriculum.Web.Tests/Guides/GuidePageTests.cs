using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Actions;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Guides.Pdf;
using IopCurriculum.Web.Guides;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IopCurriculum.Web.Tests.Guides;

public sealed class GuidePageTests : IDisposable
{
    private const string Cohort = FirstRunSeed.CohortId;
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task ThePageOffersTheComingWeekAndLinksToItsPacket()
    {
        _web.User("lee", Roles.ClinicalLead);
        var page = await Forms.Page(await _web.SignedIn("lee"), $"/cohorts/{Cohort}/guides");
        // Monday of week 1: the coming week is week 2.
        Assert.Equal("2", page.QuerySelector("select[name=week] option[selected]")!.GetAttribute("value"));
        Assert.Equal($"/cohorts/{Cohort}/guides/2.html?paper=letter", page.QuerySelector("a.view")!.GetAttribute("href"));
        Assert.Equal($"/cohorts/{Cohort}/guides/2.pdf?paper=letter", page.QuerySelector("a.pdf")!.GetAttribute("href"));
        // The print button works through the site's own script; the content security policy forbids inline handlers.
        Assert.Equal($"/cohorts/{Cohort}/guides/2.html?paper=letter", page.QuerySelector("button.print")!.GetAttribute("data-print"));
        Assert.Null(page.QuerySelector("button.print")!.GetAttribute("onclick"));
        Assert.NotNull(page.QuerySelector("script[src='/js/print.js']"));
        // The cohort's own menu, as on its other pages.
        Assert.Equal($"/cohorts/{Cohort}/dashboard", page.QuerySelector("nav.cohort-nav a#link-dashboard")!.GetAttribute("href"));

        page = await Forms.Page(await _web.SignedIn("lee"), $"/cohorts/{Cohort}/guides?week=5&paper=a4");
        Assert.Equal($"/cohorts/{Cohort}/guides/5.pdf?paper=a4", page.QuerySelector("a.pdf")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheHtmlPacketHoldsTheWeeksSessionsAndRosterNamesAndIsAudited()
    {
        _web.User("fran", Roles.Facilitator, Cohort);
        var response = await (await _web.SignedIn("fran")).GetAsync(Url($"/cohorts/{Cohort}/guides/1.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ER 1", html, StringComparison.Ordinal);
        Assert.Contains("RP 1", html, StringComparison.Ordinal);
        // The demo program prints first names and the family initial.
        foreach (var name in FirstRunSeed.ClientNames)
            Assert.Contains($"{name} D.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Demo", html, StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "fran", Action: "read")), a => a.Resource == $"cohort {Cohort} guides week 1");
    }

    [Fact]
    public async Task TheHtmlPacketIsTheSameDocumentTheCommandLineWrites()
    {
        _web.User("lee", Roles.ClinicalLead);
        var html = await (await _web.SignedIn("lee")).GetStringAsync(Url($"/cohorts/{Cohort}/guides/3.html?paper=a4"));
        var packet = new IopCurriculum.Engine.Guides.WeekPacketSource(_web.Engine).Read(Cohort, 3);
        await using var renderer = new IopCurriculum.Guides.GuideRenderer();
        Assert.Equal(await renderer.PacketAsync(packet, IopCurriculum.Guides.PaperSize.A4), html);
    }

    [Fact]
    public async Task FacilitatorsOpenOnlyTheirOwnCohortsGuides()
    {
        _web.User("other", Roles.Facilitator);
        var client = await _web.SignedIn("other");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/cohorts/{Cohort}/guides"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/cohorts/{Cohort}/guides/1.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/cohorts/{Cohort}/guides/1.pdf"))).StatusCode);
        Assert.DoesNotContain(_web.Engine.Audit.Read(new AuditQuery(Actor: "other", Action: "read")), a => a.Resource.Contains("guides", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IntegratorsAndAdministratorsAreSentToDenied()
    {
        _web.User("ivy", Roles.Integrator);
        var response = await (await _web.SignedIn("ivy")).GetAsync(Url($"/cohorts/{Cohort}/guides/1.html"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWeekOutsideTheCohortOrAnUnknownPaperIsABadRequest()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var badWeek = await client.GetAsync(Url($"/cohorts/{Cohort}/guides/99.html"));
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
        // An RFC 7807 problem whose detail names what was wrong.
        Assert.Equal("application/problem+json", badWeek.Content.Headers.ContentType?.MediaType);
        using (var problem = System.Text.Json.JsonDocument.Parse(await badWeek.Content.ReadAsStringAsync()))
            Assert.Contains("runs weeks 1 to 16", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(Url($"/cohorts/{Cohort}/guides/1.html?paper=legal"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url("/cohorts/no-such-cohort/guides/1.html"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url("/cohorts/no-such-cohort/guides"))).StatusCode);
    }

    [SkippableFact]
    public async Task ThePdfIsPrintedByChromiumAndAudited()
    {
        RequireChromium();
        _web.User("lee", Roles.ClinicalLead);
        var response = await (await _web.SignedIn("lee")).GetAsync(Url($"/cohorts/{Cohort}/guides/1.pdf?paper=a4"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "lee", Action: "read")), a => a.Resource == $"cohort {Cohort} guides week 1");
    }

    [Fact]
    public async Task WithoutChromiumThePdfAnswers503AndSaysWhy()
    {
        var missing = Path.Combine(_web.DataFolder, "no-chromium-here");
        using var web = _web.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Replace(ServiceDescriptor.Singleton(new PacketPrinter(name => name == ChromiumLocator.Variable ? missing : null)))));
        _web.User("lee", Roles.ClinicalLead);
        var client = web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await Forms.Submit(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "lee",
            ["Input.Password"] = IopWebFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var response = await client.GetAsync(Url($"/cohorts/{Cohort}/guides/1.pdf"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("PDF printing is not available", text, StringComparison.Ordinal);
        Assert.Contains("does not exist", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task APacketMadeAheadIsServedAsItWasMadeAndThePageSaysSinceWhen()
    {
        RequireChromium();
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        _web.Engine.Weeks.Advance(Cohort, 1, "lee", "a test of the ready packet");
        var settings = new ActionSettings(_web.DataFolder, new Uri("http://127.0.0.1:5080/"), DispatchSettings.Default);
        await Dispatchers.Create(_web.Engine, settings).DrainAsync(CancellationToken.None);

        var page = await Forms.Page(client, $"/cohorts/{Cohort}/guides?week=2");
        Assert.StartsWith("Week 2's packet has been ready to print since ", page.QuerySelector("#packet-ready")!.TextContent, StringComparison.Ordinal);
        var stored = new ReadyPackets(_web.DataFolder).Find(Cohort, 2)!.PdfPath!;
        var response = await client.GetAsync(Url($"/cohorts/{Cohort}/guides/2.pdf"));
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await File.ReadAllBytesAsync(stored), served);
        // Named as the command line names the same packet: the week's first day, the cohort, the week.
        Assert.Equal($"2027-01-11_{Cohort}_week-02.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);

        // A client joins: the copy made ahead no longer shows the roster, so it is not served.
        _web.Engine.Enrolments.Enrol(new Engine.Enrolling.EnrolRequest { CohortId = Cohort, ClientId = "late-joiner", GivenName = "Late", FamilyName = "Joiner", Week = 2, Actor = "lee" });
        page = await Forms.Page(client, $"/cohorts/{Cohort}/guides?week=2");
        Assert.Null(page.QuerySelector("#packet-ready"));
        Assert.Contains("The copy made ahead is out of date", page.QuerySelector("#packet-not-ready")!.TextContent, StringComparison.Ordinal);
        var fresh = await (await client.GetAsync(Url($"/cohorts/{Cohort}/guides/2.pdf"))).Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), fresh[..4]);
        Assert.NotEqual(await File.ReadAllBytesAsync(stored), fresh);
    }

    private static void RequireChromium()
    {
        try
        {
            ChromiumLocator.Find();
        }
        catch (ChromiumNotFoundException missing)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI=true and Chromium is missing, so the PDF test cannot run: {missing.Message}", missing);
            Skip.If(true, missing.Message);
        }
    }
}
