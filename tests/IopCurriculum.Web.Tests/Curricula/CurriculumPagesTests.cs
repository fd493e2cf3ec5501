using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IopCurriculum.Web.Tests.Curricula;

public sealed class CurriculumPagesTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private Task<HttpClient> Lead() => _web.SignedInAs("lee", Roles.ClinicalLead);

    [Fact]
    public void TheFirstRunStoresBothCurriculaAndStartsTheDemoCohortOnTheStoredMatrix()
    {
        Assert.Equal(["matrix-16-week", "mh-iop-8-week"], _web.Engine.Curricula.List().Select(v => v.CurriculumId));
        var matrix = _web.Engine.Curricula.Get("matrix-16-week", "1.0.0");
        using var db = _web.Engine.Database.Open();
        var cohort = db.Cohorts.AsNoTracking().Single(c => c.Id == FirstRunSeed.CohortId);
        Assert.Equal(Path.Combine(_web.DataFolder, "curricula", "matrix-16-week", "1.0.0"), cohort.CurriculumPath);
        Assert.Equal(matrix.ContentHash, cohort.CurriculumHash);
        Assert.True(File.Exists(Path.Combine(cohort.CurriculumPath, "tracks", "relapse-prevention.yaml")));
    }

    [Fact]
    public async Task EveryStartStoresTheCurriculaAnExistingDatabaseLacks()
    {
        using (var db = _web.Engine.Database.Open())
        {
            db.CurriculumVersions.RemoveRange(db.CurriculumVersions.Where(v => v.CurriculumId == "mh-iop-8-week"));
            db.SaveChanges();
        }
        var settings = _web.Services.GetRequiredService<Hosting.WebSettings>();
        var seed = new FirstRunSeed(_web.Engine, settings, NullLogger<FirstRunSeed>.Instance);

        await seed.StartAsync(CancellationToken.None);
        await seed.StartAsync(CancellationToken.None);

        Assert.Equal(["matrix-16-week", "mh-iop-8-week"], _web.Engine.Curricula.List().Select(v => v.CurriculumId));
        Assert.Single(_web.Engine.Programs.List());
    }

    [Fact]
    public async Task TheListShowsEveryStoredVersionWithLinks()
    {
        var client = await Lead();

        var page = await Forms.Page(client, "/curricula");

        var links = page.QuerySelectorAll("table.versions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/curricula/matrix-16-week/1.0.0", "/curricula/mh-iop-8-week/1.0.0"], links);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/curricula/upload");
        Assert.Contains("first-run", page.QuerySelector("table.versions")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVersionShowsItsTracksThenAWeeksSessionsWithGoalsHandoutsAndTiming()
    {
        var client = await Lead();
        var matrix = _web.Engine.Curricula.Load("matrix-16-week", "1.0.0");
        var er1 = matrix.FindSession(new Domain.Curricula.SessionCode(new Domain.Curricula.TrackCode("ER"), 1))!;

        var page = await Forms.Page(client, "/curricula/matrix-16-week/1.0.0");

        Assert.Contains(matrix.Title, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var trackCodes = page.QuerySelectorAll("main > table tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal(matrix.Tracks.Select(t => t.Code.Value), trackCodes);
        Assert.Equal(16, page.QuerySelectorAll("nav[aria-label=Weeks] a").Length);
        Assert.Contains("Week 1 of 16", page.QuerySelector("section.week h2")!.TextContent, StringComparison.Ordinal);
        var session = page.QuerySelector("details#session-ER-1")!;
        Assert.Contains(er1.Title, session.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(er1.Content.Goals[0], session.TextContent, StringComparison.Ordinal);
        Assert.Contains("+0:00", session.TextContent, StringComparison.Ordinal);
        foreach (var handout in er1.Content.Handouts) Assert.Contains(handout.Value, session.TextContent, StringComparison.Ordinal);
        Assert.Equal("/curricula/matrix-16-week/1.0.0/sessions/ER%201/preview", session.QuerySelector("a.preview")!.GetAttribute("href"));

        var week13 = await Forms.Page(client, "/curricula/matrix-16-week/1.0.0?week=13");
        Assert.Contains("Week 13 of 16", week13.QuerySelector("section.week h2")!.TextContent, StringComparison.Ordinal);
        Assert.Null(week13.QuerySelector("details#session-ER-1"));

        var rp = await Forms.Page(client, "/curricula/matrix-16-week/1.0.0?track=RP");
        Assert.Equal(matrix.FindTrack(new Domain.Curricula.TrackCode("RP"))!.Sessions.Count, rp.QuerySelectorAll("section.track details.session").Length);
    }

    [Fact]
    public async Task ASessionOpensAsAPrintablePreviewWithoutClientData()
    {
        var client = await Lead();

        var response = await client.GetAsync(new Uri("/curricula/matrix-16-week/1.0.0/sessions/RP%203/preview", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("RP 3", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.True(html.Contains("no client data", StringComparison.Ordinal), html);
        foreach (var name in FirstRunSeed.ClientNames) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/curricula/matrix-16-week/1.0.0/sessions/RP%2099/preview", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnUnknownVersionSaysWhichAreStored()
    {
        var client = await Lead();

        var page = await Forms.Page(client, "/curricula/matrix-16-week/9.0.0");

        Assert.Equal("Curriculum not found", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("stored versions: 1.0.0", page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDiffPageShowsTheStructuralChangesAndTheChangedLines()
    {
        var client = await Lead();
        _web.Engine.Curricula.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.0.0")), "lee");
        _web.Engine.Curricula.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.1.0", sessionTwo: "Planning Each Day", reviewWeek: 2)), "lee");

        var list = await Forms.Page(client, "/curricula");
        var compare = list.QuerySelector($"section#{SampleUploads.Id} a.compare")!.GetAttribute("href")!;
        Assert.Equal($"/curricula/{SampleUploads.Id}/diff?from=1.0.0&to=1.1.0", compare);
        var page = await Forms.Page(client, compare);

        var changes = Forms.Texts(page, "ul.changes li");
        Assert.Equal(2, changes.Count);
        Assert.Contains("session GG 2 'Planning the Week' retitled 'Planning Each Day'", changes);
        Assert.Contains("session II 2 moved from week 4 to week 2", changes);
        var diff = page.QuerySelector("table.diff[data-file='curriculum.yaml']")!;
        var deleted = diff.QuerySelectorAll("tr.del").Select(r => r.QuerySelector("pre")!.TextContent).ToList();
        var inserted = diff.QuerySelectorAll("tr.ins").Select(r => r.QuerySelector("pre")!.TextContent).ToList();
        Assert.Contains("version: 1.0.0", deleted);
        Assert.Contains("version: 1.1.0", inserted);
        Assert.Contains(inserted, l => l.Trim() == "week: 2");
        Assert.Equal("2", diff.QuerySelector("tr.del td.n")!.TextContent);
        Assert.Equal(["1.0.0", "1.1.0"], page.QuerySelectorAll("select[name=from] option").Select(o => o.GetAttribute("value")).Order());

        var back = await Forms.Page(client, $"/curricula/{SampleUploads.Id}/diff?from=1.1.0&to=1.0.0");
        Assert.Contains("session II 2 moved from week 2 to week 4", Forms.Texts(back, "ul.changes li"));
        var missing = await Forms.Page(client, $"/curricula/{SampleUploads.Id}/diff?from=1.0.0&to=7.0.0");
        Assert.Contains("has no version 7.0.0", missing.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(missing.QuerySelector("table.diff"));
    }

    [Theory]
    [InlineData(Roles.Facilitator, "/curricula")]
    [InlineData(Roles.Integrator, "/curricula")]
    [InlineData(Roles.Facilitator, "/curricula/upload")]
    [InlineData(Roles.Facilitator, "/curricula/matrix-16-week/1.0.0")]
    [InlineData(Roles.Facilitator, "/curricula/matrix-16-week/diff")]
    [InlineData(Roles.Integrator, "/curricula/matrix-16-week/1.0.0/sessions/RP%203/preview")]
    [InlineData(Roles.Facilitator, "/workflows")]
    [InlineData(Roles.Integrator, "/workflows/matrix-client/1")]
    public async Task OtherRolesAreSentToTheDeniedPage(string role, string path)
    {
        _web.User("sam", role);
        var client = await _web.SignedIn("sam");

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFacilitatorCannotUploadEvenWithAToken()
    {
        _web.User("fay", Roles.Facilitator);
        var client = await _web.SignedIn("fay");
        var home = await Forms.Page(client, "/");
        var token = home.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("upload"), "_handler" },
            { new ByteArrayContent(SampleUploads.Bytes(SampleUploads.Inline())), "file", "curriculum.yaml" },
        };

        var response = await client.PostAsync(new Uri(Uploads.Page, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_web.Engine.Curricula.List(), v => v.CurriculumId == SampleUploads.Id);
    }
}
