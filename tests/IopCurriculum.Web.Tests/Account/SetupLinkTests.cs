using System.Net;
using System.Text.RegularExpressions;
using IopCurriculum.Access;
using IopCurriculum.Web.Security;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IopCurriculum.Web.Tests.Account;

/// <summary>The first administrator's one-time setup link: printed on start while no administrator exists, used once, within the hour.</summary>
public sealed partial class SetupLinkTests : IDisposable
{
    private const string NewPassword = "a long enough first password";

    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private SetupLink Link => _web.Services.GetRequiredService<SetupLink>();

    /// <summary>The setup address the host printed on start, as a path and query on this site.</summary>
    private string Printed()
    {
        _ = _web.Services;
        var line = Assert.Single(_web.Logs.Lines, l => l.Contains("/account/setup?token=", StringComparison.Ordinal));
        return new Uri(LinkPattern().Match(line).Value).PathAndQuery;
    }

    private static Dictionary<string, string> Filled(string name = "ada", string password = NewPassword, string? again = null) => new()
    {
        ["Input.UserName"] = name,
        ["Input.DisplayName"] = "Ada Admin",
        ["Input.Password"] = password,
        ["Input.Confirm"] = again ?? password,
    };

    [Fact]
    public async Task OnAnEmptyUserStoreTheHostPrintsALinkThatOpensTheForm()
    {
        var url = Printed();
        Assert.True(Link.Pending);
        Assert.Equal(SetupLinkState.Usable, Link.Check(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..]));

        var page = await Forms.Page(_web.Browser(), url);
        Assert.Equal("Set up the first administrator", CohortPages.Text(page, "h1"));
        Assert.NotNull(page.QuerySelector("label input#setup-password[type=password]"));

        var login = await Forms.Page(_web.Browser(), "/account/login");
        var notice = Regex.Replace(CohortPages.Text(login, "#no-administrator"), @"\s+", " ");
        Assert.Contains("one-time setup link on the console of the machine running it", notice, StringComparison.Ordinal);
        Assert.Contains("iop user add", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", login.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormMakesAnAdministratorWhoIsSignedInAndCanOpenUsers()
    {
        var client = _web.Browser();
        var response = await Forms.Submit(client, Printed(), "setup", Filled());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users", CohortPages.Target(response));
        var users = await Forms.Page(client, "/admin/users");
        Assert.NotNull(users.QuerySelector("tr[data-user='ada']"));
        var ada = Assert.Single(_web.Engine.Users.List());
        Assert.Equal(("ada", "Ada Admin", Roles.Admin), (ada.UserName, ada.DisplayName, ada.Roles));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: SetupLink.Actor)), a => a.Action == "user-create" && a.Resource == "user ada roles admin");
        Assert.False(Link.Pending);
    }

    [Fact]
    public async Task ASecondUseIsRefusedOnAPageAndWritesNothing()
    {
        var url = Printed();
        var first = _web.Browser();
        var second = _web.Browser();
        var firstPage = await Forms.Page(first, url);
        var secondPage = await Forms.Page(second, url);
        await Forms.Submit(first, firstPage, url, "setup", Filled());

        var response = await Forms.Submit(second, secondPage, url, "setup", Filled("eve"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Forms.Read(response);
        Assert.Equal("This setup link cannot be used", CohortPages.Text(page, "h1"));
        Assert.Contains("already been set up", CohortPages.Text(page, "#setup-refused"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("footer.phi"));
        Assert.Equal(["ada"], _web.Engine.Users.List().Select(u => u.UserName));
        Assert.Equal(HttpStatusCode.Conflict, (await _web.Browser().GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnExpiredLinkIsRefusedAndWritesNothing()
    {
        var url = Printed();
        var client = _web.Browser();
        var form = await Forms.Page(client, url);
        _web.Clock.Advance(SetupLink.Lifetime + TimeSpan.FromMinutes(1));

        var opened = await _web.Browser().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, opened.StatusCode);
        Assert.Contains("has expired", CohortPages.Text(await Forms.Read(opened), "#setup-refused"), StringComparison.Ordinal);

        var posted = await Forms.Submit(client, form, url, "setup", Filled());
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("has expired", CohortPages.Text(await Forms.Read(posted), "#setup-refused"), StringComparison.Ordinal);
        Assert.Empty(_web.Engine.Users.List());
    }

    [Theory]
    [InlineData("/account/setup?token=not-the-token")]
    [InlineData("/account/setup")]
    public async Task AWrongTokenIsRefusedWithoutSayingAnythingOfTheRealOne(string url)
    {
        var real = Printed();

        var response = await _web.Browser().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This is not the setup link the app printed.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(real[(real.IndexOf('=', StringComparison.Ordinal) + 1)..], html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", html, StringComparison.Ordinal);
        Assert.Empty(_web.Engine.Users.List());
    }

    [Fact]
    public async Task AMistakeInTheFormIsSaidThereAndTheLinkStaysUsable()
    {
        var url = Printed();
        var client = _web.Browser();

        var differ = await Forms.Submit(client, url, "setup", Filled(again: "another long password"));
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.Equal("The two passwords differ.", CohortPages.Text(await Forms.Read(differ), "#setup-error"));

        var shortPassword = await Forms.Submit(client, url, "setup", Filled(password: "short"));
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
        Assert.Contains("12", CohortPages.Text(await Forms.Read(shortPassword), "#setup-error"), StringComparison.Ordinal);

        Assert.Empty(_web.Engine.Users.List());
        Assert.True(Link.Pending);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Submit(client, url, "setup", Filled())).StatusCode);
    }

    [Fact]
    public async Task OnceAnAdministratorExistsNoLinkIsMade()
    {
        using var web = new IopWebFactory { AdministratorBeforeStart = "root" };
        var link = web.Services.GetRequiredService<SetupLink>();

        Assert.DoesNotContain(web.Logs.Lines, l => l.Contains("/account/setup", StringComparison.Ordinal));
        Assert.False(link.Pending);
        Assert.Null(link.Issue());
        var response = await web.Browser().GetAsync(new Uri("/account/setup?token=anything", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already been set up", CohortPages.Text(await Forms.Read(response), "#setup-refused"), StringComparison.Ordinal);
        Assert.Equal(["root"], web.Engine.Users.List().Select(u => u.UserName));
    }

    [GeneratedRegex(@"https?://\S+/account/setup\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex LinkPattern();
}
