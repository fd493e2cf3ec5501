using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using IopCurriculum.Access;
using IopCurriculum.Fhir.Serving;
using IopCurriculum.Web.FhirApi;
using IopCurriculum.Web.Hosting;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Web.Tests.Pages;

/// <summary>
/// Every GET address the host answers, found from its endpoints and its pages' query values, asked for
/// with values that are not ones: none answers 500; a page refuses with an HTML page in the site's layout,
/// an API with a problem or an OperationOutcome. A new address or query value is covered as it appears.
/// </summary>
public sealed class EveryAddressWithBadValuesTests : IDisposable
{
    private const string Client = "demo-01";

    private static readonly string[] BadValues =
        ["x", "0", "-1", "99999999999999999999", "a%20b", "..%2F..", "%3Cscript%3E", new('z', 300), "no-such-thing"];

    private readonly Fhir.FhirApi _api = new();

    public void Dispose() => _api.Dispose();

    private enum Asker { Browser, Script, Fhir }

    [Fact]
    public async Task NoAddressAnswers500AndEveryRefusalIsAPageOrAProblem()
    {
        var good = await GoodValues();
        var requests = new List<(string Address, Asker Asker)>();
        var uncovered = new List<string>();
        foreach (var endpoint in SiteAddresses.Gets(_api.Web.Services))
        {
            var pattern = endpoint.RoutePattern;
            var keys = pattern.Parameters.ToDictionary(p => p, p => SiteAddresses.Key(pattern, p));
            uncovered.AddRange(keys.Values.Where(k => !good.ContainsKey(k)).Select(k => $"{pattern.RawText}: no good value for '{k}'"));
            if (keys.Values.Any(k => !good.ContainsKey(k))) continue;

            string Good(RoutePatternParameterPart p) => Uri.EscapeDataString(good[keys[p]]);
            var askers = Askers(endpoint);
            var addresses = new List<string>();
            foreach (var parameter in pattern.Parameters)
                addresses.AddRange(BadValues.Select(bad => SiteAddresses.Fill(pattern, p => p == parameter ? bad : Good(p))));
            foreach (var (home, names) in Queries(endpoint, SiteAddresses.Fill(pattern, Good)))
                foreach (var name in names)
                    addresses.AddRange(BadValues.Select(bad => $"{home}?{name}={bad}"));
            requests.AddRange(addresses.SelectMany(a => askers.Select(asker => (a, asker))));
        }
        Assert.True(uncovered.Count == 0, "Add a good value to GoodValues for each of these:\n" + string.Join("\n", uncovered));

        var browser = await _api.Web.SignedInAs("ada", string.Join(",", Roles.All), CohortPages.Demo);
        var failures = new List<string>();
        foreach (var (address, asker) in requests.Distinct())
            if (await Check(asker == Asker.Fhir ? _api.Client : browser, address, asker) is { } failure)
                failures.Add(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} requests went wrong:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void APanelsQueryValuesCountForThePageItSitsOn()
    {
        Assert.Contains("notes", SiteAddresses.QueryNames(typeof(Components.Pages.Cohorts.AttendancePage)));
        Assert.Contains("counseling", SiteAddresses.QueryNames(typeof(Components.Pages.Clients.ClientChart)));
    }

    /// <summary>Pages are asked for by a browser; APIs outside FHIR by a browser and a script; FHIR by an integrator's token.</summary>
    private static Asker[] Askers(RouteEndpoint endpoint)
    {
        if (endpoint.RoutePattern.RawText?.StartsWith(FhirEndpoints.Prefix, StringComparison.Ordinal) == true) return [Asker.Fhir];
        return SiteAddresses.Page(endpoint) is null ? [Asker.Browser, Asker.Script] : [Asker.Browser];
    }

    /// <summary>The addresses whose query values are tried, each with the names it reads.</summary>
    private static IEnumerable<(string Home, IEnumerable<string> Names)> Queries(RouteEndpoint endpoint, string home)
    {
        if (SiteAddresses.Page(endpoint) is { } page)
            yield return (home, SiteAddresses.QueryNames(page));
        else if (endpoint.RoutePattern.RawText == FhirEndpoints.Prefix + "/{type}")
            foreach (var (type, parameters) in SearchParameters.ByType)
                yield return ($"{FhirEndpoints.Prefix}/{type}", parameters.Select(p => p.Name).Append(SearchParameters.Count).Append(SearchParameters.Offset));
        else if (endpoint.RoutePattern.RawText?.EndsWith("/$export", StringComparison.Ordinal) == true)
            yield return (home, BulkExportEndpoints.KickOffParameters);
        else
            yield return (home, SiteAddresses.QueryNames(endpoint));
    }

    private static async Task<string?> Check(HttpClient client, string address, Asker asker)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        if (asker == Asker.Browser) request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (asker == Asker.Fhir) request.Headers.Add("Prefer", "respond-async");
        HttpResponseMessage response;
        // The test host throws what the app did not handle, where a real server would answer 500.
        try { response = await client.SendAsync(request); }
        catch (Exception thrown) when (thrown is not OperationCanceledException)
        {
            return $"{asker} {Clip(address)} → threw {thrown.GetType().Name}: {Clip(thrown.Message)}";
        }
        using var answered = response;
        var status = (int)response.StatusCode;
        if (status < 400) return null;
        var type = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync();
        var what = $"{asker} {Clip(address)} → {status} {type ?? "(no type)"}";
        if (status >= 500) return $"{what}: {Clip(body)}";
        if (HtmlProblemWriter.IsApi(new PathString(address.Split('?')[0])) || asker == Asker.Script)
        {
            if (type == "application/problem+json" && Json(body) is { } problem && problem.TryGetProperty("title", out _)) return null;
            if (type == "application/fhir+json" && Json(body) is { } outcome && outcome.TryGetProperty("resourceType", out var rt) && rt.GetString() == "OperationOutcome") return null;
            return $"{what}: not a problem or an OperationOutcome: {Clip(body)}";
        }
        if (type != "text/html") return $"{what}: not a page: {Clip(body)}";
        var page = new HtmlParser().ParseDocument(body);
        if (page.QuerySelector("header.top nav") is null || string.IsNullOrWhiteSpace(page.QuerySelector("main h1")?.TextContent))
            return $"{what}: not a page in the site's layout: {Clip(body)}";
        return null;
    }

    private static JsonElement? Json(string body)
    {
        try { return JsonDocument.Parse(body).RootElement.Clone(); }
        catch (JsonException) { return null; }
    }

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }

    /// <summary>A value that names something the demo holds, for each route parameter, by <see cref="SiteAddresses.Key"/>.</summary>
    private async Task<Dictionary<string, string>> GoodValues()
    {
        var engine = _api.Web.Engine;
        long session;
        using (var db = engine.Database.Open())
            session = db.PlannedSessions.AsNoTracking().Where(s => s.CohortId == CohortPages.Demo).OrderBy(s => s.StartUtc).First().Id;
        var status = await _api.KickOff($"{FhirEndpoints.Prefix}/$export?_type=Patient");
        var manifest = await _api.Poll(status);
        var file = new Uri(manifest.GetProperty("output")[0].GetProperty("url").GetString()!).Segments[^1];
        return new(StringComparer.Ordinal)
        {
            ["cohorts:id"] = CohortPages.Demo,
            ["clients:id"] = Client,
            ["clients:clientid"] = Client,
            ["sessions:sessionid"] = session.ToString(CultureInfo.InvariantCulture),
            ["sessions:code"] = "RP 1",
            ["curricula:id"] = "matrix-16-week",
            ["curricula:version"] = "1.0.0",
            ["programs:id"] = FirstRunSeed.ProgramId,
            ["workflows:name"] = "matrix-client",
            ["workflows:version"] = "1",
            ["guides:week"] = "1",
            ["billing:week"] = "1",
            ["consents:consent"] = engine.Consents.ForClient(Client)[0].Terms.Id.ToString(CultureInfo.InvariantCulture),
            ["calendar:secret"] = engine.Feeds.Create(FeedKinds.Cohort, CohortPages.Demo, "test").Secret,
            ["fhir:type"] = "Patient",
            ["fhir:id"] = await FirstId("Patient"),
            ["group:id"] = await FirstId("Group"),
            ["bulk-status:job"] = new Uri(status).Segments[^1],
            ["bulk-files:job"] = new Uri(status).Segments[^1],
            ["bulk-files:file"] = file,
        };
    }

    private async Task<string> FirstId(string type)
    {
        var response = await _api.Get($"{FhirEndpoints.Prefix}/{type}?_count=1");
        using var bundle = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return bundle.RootElement.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString()!;
    }
}
