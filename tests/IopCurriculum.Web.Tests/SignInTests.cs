using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests;

public sealed class SignInTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task HealthAnswersWithoutSignIn()
    {
        var response = await _web.Browser().GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programs")]
    [InlineData("/admin/users")]
    public async Task PagesSendStrangersToSignIn(string path)
    {
        var response = await _web.Browser().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAPIAnswersStrangersWith401AndABearerChallenge()
    {
        var response = await _web.Browser().GetAsync(new Uri("/fhir/metadata-needs-sign-in", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningInOpensTheHomePageWithTheUsersTasks()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        var home = await Forms.Page(client, "/");
        Assert.Contains("lee (test)", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(home.QuerySelectorAll("ul.tasks a"), a => a.GetAttribute("href") == "/curricula");
        Assert.DoesNotContain(home.QuerySelectorAll("ul.tasks a"), a => a.GetAttribute("href") == "/admin/users");
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "lee")), a => a.Action == "sign-in");
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedOnThePageAndAudited()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = _web.Browser();
        var response = await Forms.Submit(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.UserName"] = "lee",
            ["Input.Password"] = "not the password at all",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an active account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Action: "sign-in-refused")), a => a.Resource == "user lee");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        _web.User("lee", Roles.ClinicalLead);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "lee", ["Input.Password"] = IopWebFactory.Password,
        });
        var response = await _web.Browser().PostAsync(new Uri("/account/login", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DisablingAUserEndsTheirSignInAtOnce()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        _web.Engine.Users.Disable("lee", "admin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SigningOutNeedsTheFormsTokenAndEndsTheSession()
    {
        _web.User("lee", Roles.ClinicalLead);
        var client = await _web.SignedIn("lee");
        using (var bare = new FormUrlEncodedContent([]))
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/account/logout", UriKind.Relative), bare)).StatusCode);
        var home = await Forms.Page(client, "/");
        var token = home.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheSignInPageSaysHowToMakeTheFirstAdministrator()
    {
        var page = await Forms.Page(_web.Browser(), "/account/login");
        Assert.Contains("user add", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("setup link", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        _web.User("root", Roles.Admin);
        page = await Forms.Page(_web.Browser(), "/account/login");
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public void TheFirstRunSeedsALabelledDemoProgramAndCohort()
    {
        var program = Assert.Single(_web.Engine.Programs.List());
        Assert.Equal(FirstRunSeed.ProgramId, program.Id);
        Assert.Contains("DEMO", program.Name, StringComparison.Ordinal);
        var status = _web.Engine.Reports.Status(FirstRunSeed.CohortId);
        Assert.Equal(FirstRunSeed.ClientNames.Count, status.Clients.Count);
    }
}
