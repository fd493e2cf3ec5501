using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Security;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests;

public sealed class ProtectionTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task PagesAreNeitherCachedNorFramedByOtherSitesNorLeakTheirAddress()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("SAMEORIGIN", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("script-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStylesheetIsServedAndMayBeCached()
    {
        var response = await _web.Browser().GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
        Assert.Contains("@media print", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedSignInAttemptsAreSlowedDown()
    {
        var client = _web.Browser();
        var page = await Forms.Page(client, "/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= SignInThrottle.AttemptsPerMinute; i++)
        {
            var response = await Forms.Submit(client, page, "/account/login", "login", new Dictionary<string, string>
            {
                ["Input.UserName"] = "nobody",
                ["Input.Password"] = "guess number " + i,
            });
            statuses.Add(response.StatusCode);
        }
        Assert.All(statuses.Take(SignInThrottle.AttemptsPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Reading the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnOversizeRequestIsRefused()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        using var content = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
