using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Curricula;

public sealed class CurriculumUploadTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private Task<HttpClient> Lead() => _web.SignedInAs("lee", Roles.ClinicalLead);

    [Fact]
    public async Task AValidYamlIsStoredListedAndLinked()
    {
        var client = await Lead();

        var response = await Uploads.Post(client, "curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Uploads.Html(response);
        var link = page.QuerySelector("p.ok a")!;
        Assert.Equal($"/curricula/{SampleUploads.Id}/1.0.0", link.GetAttribute("href"));
        var stored = Assert.Single(_web.Engine.Curricula.List(), v => v.CurriculumId == SampleUploads.Id);
        Assert.Equal("lee", stored.UploadedBy);
        var list = await Forms.Page(client, "/curricula");
        Assert.Contains(list.QuerySelectorAll("table.versions a"), a => a.GetAttribute("href") == $"/curricula/{SampleUploads.Id}/1.0.0");
        var version = await Forms.Page(client, link.GetAttribute("href")!);
        Assert.Contains("Upload Test IOP", version.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var again = await Uploads.Html(await Uploads.Post(client, "curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline())));
        Assert.Contains("already stored", again.QuerySelector("p.ok")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachProblemIsShownAtItsLineAndNothingIsStored()
    {
        var client = await Lead();
        var text = SampleUploads.Inline()
            .Replace("    title: Getting Started", "    titel: Getting Started", StringComparison.Ordinal)
            .Replace("goals: [Plan the week]", "goals: [Plan the week]\n        handouts: [GG 9Z]", StringComparison.Ordinal);
        var titel = LineOf(text, "titel:");
        var handout = LineOf(text, "GG 9Z");

        var response = await Uploads.Post(client, "my-curriculum.yaml", SampleUploads.Bytes(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Uploads.Html(response);
        var listed = Forms.Texts(page, "ul.problems li");
        Assert.Contains(listed, l => l.StartsWith($"curriculum.yaml:{titel}:9", StringComparison.Ordinal) && l.Contains("did you mean 'title'", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.StartsWith($"curriculum.yaml:{handout}:", StringComparison.Ordinal) && l.Contains("GG 9Z", StringComparison.Ordinal));
        foreach (var line in new[] { titel, handout })
        {
            var row = page.QuerySelector($"table.source tr#curriculum-yaml-L{line}")!;
            Assert.Equal("bad", row.ClassName);
            Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("th")!.TextContent);
            Assert.Equal(text.Split('\n')[line - 1], row.QuerySelector("td pre")!.TextContent);
            Assert.Contains($"curriculum.yaml:{line}:", row.NextElementSibling!.TextContent, StringComparison.Ordinal);
            Assert.Equal("problem", row.NextElementSibling!.ClassName);
        }
        // The session missing its title is marked too, where the session starts.
        Assert.Equal(listed.Select(l => l.Split(':')[1]).Distinct().Count(), page.QuerySelectorAll("table.source tr.bad").Length);
        Assert.Equal(3, listed.Count);
        Assert.Null(page.QuerySelector("p.ok"));
        Assert.DoesNotContain(_web.Engine.Curricula.List(), v => v.CurriculumId == SampleUploads.Id);
    }

    [Fact]
    public async Task AFileNestedDeeperThanAnyCurriculumIsRefusedAtItsPlaceAndTheHostStaysUp()
    {
        var client = await Lead();
        // 100 KB of '[': deep enough to overflow the stack of a recursive YAML reader and end the process.
        var text = "id: deep\ntracks: " + new string('[', 100_000) + "\n";

        var response = await Uploads.Post(client, "curriculum.yaml", SampleUploads.Bytes(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var listed = Forms.Texts(await Uploads.Html(response), "ul.problems li");
        var problem = Assert.Single(listed);
        Assert.StartsWith("curriculum.yaml:2:72", problem, StringComparison.Ordinal);
        Assert.Contains("nesting deeper than 64 levels", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(_web.Engine.Curricula.List(), v => v.CurriculumId == "deep");
    }

    [Fact]
    public async Task AZipOfACurriculumFolderIsStored()
    {
        var client = await Lead();
        var folder = SampleUploads.Zip([
            ("new-iop/curriculum.yaml", SampleUploads.Inline("2.0.0").Replace("id: upload-test", "id: zipped-iop", StringComparison.Ordinal)),
            ("new-iop/calendars/ignored.yaml", "not: [a curriculum file"),
        ]);

        var response = await Uploads.Post(client, "new-iop.zip", folder);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/curricula/zipped-iop/2.0.0", (await Uploads.Html(response)).QuerySelector("p.ok a")!.GetAttribute("href"));
        Assert.Equal(["curriculum.yaml"], _web.Engine.Curricula.Get("zipped-iop", "2.0.0").Files.Select(f => f.Path));
    }

    [Fact]
    public async Task AZipWithAnErrorInATrackFileShowsThatFilesLine()
    {
        var client = await Lead();
        var main = File.ReadAllText(Path.Combine(Repo.MentalHealth, "curriculum.yaml")).Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(Repo.MentalHealth, "tracks"))
            .Select(f => ($"tracks/{Path.GetFileName(f)}", File.ReadAllText(f)))
            .Select(f => f.Item1 == "tracks/dbt-skills.yaml" ? (f.Item1, f.Item2.Replace("minutes:", "minutess:", StringComparison.Ordinal)) : f)
            .Prepend(("curriculum.yaml", main));

        var page = await Uploads.Html(await Uploads.Post(client, "mh.zip", SampleUploads.Zip(files)));

        Assert.All(Forms.Texts(page, "ul.problems li"), l => Assert.StartsWith("tracks/dbt-skills.yaml:", l, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("table.source tr.bad"));
        Assert.Equal("tracks/dbt-skills.yaml", Assert.Single(Forms.Texts(page, "section.problems h3")));
        Assert.Throws<Engine.EngineException>(() => _web.Engine.Curricula.Get("mh-iop-8-week", "1.1.0"));
    }

    [Fact]
    public async Task AZipReachingOutsideItsFolderIsRefusedWithAMessage()
    {
        var client = await Lead();
        var zip = SampleUploads.Zip([("curriculum.yaml", SampleUploads.Inline()), ("../../evil.yaml", "x: 1")]);

        var response = await Uploads.Post(client, "evil.zip", zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outside the curriculum folder", (await Uploads.Html(response)).QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(_web.Engine.Curricula.List(), v => v.CurriculumId == SampleUploads.Id);
    }

    [Fact]
    public async Task AnUploadOverTheLimitGetsAClearMessage()
    {
        var client = await Lead();

        var response = await Uploads.Post(client, "curriculum.yaml", new byte[3 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = await Forms.Page(client, response.Headers.Location!.OriginalString);
        Assert.Contains("larger than the 2 MB this server accepts", page.QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameVersionWithOtherContentIsAConflictNamingBothHashes()
    {
        var client = await Lead();
        var original = _web.Engine.Curricula.Get("matrix-16-week", "1.0.0");
        var edited = original.Files.Select(f => (f.Path, f.Path == "curriculum.yaml" ? f.Text.Replace("weeks: 16", "weeks: 16\n# edited", StringComparison.Ordinal) : f.Text));

        var response = await Uploads.Post(client, "matrix.zip", SampleUploads.Zip(edited));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var message = (await Uploads.Html(response)).QuerySelector("p.error")!.TextContent;
        Assert.Contains("matrix-16-week version 1.0.0 is already stored with other content", message, StringComparison.Ordinal);
        Assert.Contains(original.ContentHash[..12], message, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(message, "[0-9a-f]{12}").Select(m => m.Value).Distinct().Count());
        Assert.Equal(original.ContentHash, _web.Engine.Curricula.Get("matrix-16-week", "1.0.0").ContentHash);
    }

    [Fact]
    public async Task AnUploadWithoutTheAntiforgeryTokenIsRefused()
    {
        var client = await Lead();

        var response = await Uploads.Post(client, "curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline()), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(_web.Engine.Curricula.List(), v => v.CurriculumId == SampleUploads.Id);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(p => p.line.Contains(fragment, StringComparison.Ordinal)).i + 1;
}
