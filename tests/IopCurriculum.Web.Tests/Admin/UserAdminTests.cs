using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Seeding;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Admin;

public sealed class UserAdminTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public UserAdminTests() => _web.User("root", Roles.Admin);

    public void Dispose() => _web.Dispose();

    [Theory]
    [InlineData(Roles.ClinicalLead)]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Integrator)]
    public async Task OtherRolesAreSentToDeniedFromAdminPages(string role)
    {
        _web.User("someone", role);
        var client = await _web.SignedIn("someone");
        foreach (var path in new[] { "/admin/users", "/admin/audit" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheListShowsRolesStatusAndCohorts()
    {
        _web.User("fran", Roles.Facilitator, FirstRunSeed.CohortId);
        _web.User("lee", Roles.ClinicalLead);
        _web.Engine.Users.Disable("lee", "root");
        var page = await Forms.Page(await _web.SignedIn("root"), "/admin/users");
        var fran = page.QuerySelector("tr[data-user=fran]")!;
        Assert.Equal(Roles.Facilitator, fran.QuerySelector(".roles")!.TextContent);
        Assert.Equal("active", fran.QuerySelector(".status")!.TextContent);
        Assert.Equal(FirstRunSeed.CohortId, fran.QuerySelector(".cohorts")!.TextContent);
        Assert.Equal("disabled", page.QuerySelector("tr[data-user=lee] .status")!.TextContent);
    }

    [Fact]
    public async Task CreatingAUserGivesThemTheCheckedRolesAndAnAuditLine()
    {
        var client = await _web.SignedIn("root");
        var response = await Forms.Submit(client, "/admin/users", "create-user", Forms.Fields(
            ("NewUser.UserName", "Pat"), ("NewUser.DisplayName", "Pat Facilitator"),
            ("NewUser.Roles.Facilitator", "true"), ("NewUser.Roles.ClinicalLead", "true"),
            ("NewUser.Password", "a long enough password"), ("NewUser.Confirm", "a long enough password")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("User pat created", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pat = _web.Engine.Users.Find("pat")!;
        Assert.Equal("Pat Facilitator", pat.DisplayName);
        Assert.Equal([Roles.ClinicalLead, Roles.Facilitator], Roles.Parse(pat.Roles).Order(StringComparer.Ordinal));
        Assert.NotNull(_web.Engine.Users.Verify("pat", "a long enough password"));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "root", Action: "user-create")), a => a.Resource.StartsWith("user pat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DifferingPasswordsAShortPasswordOrNoRoleAreRefusedOnThePage()
    {
        var client = await _web.SignedIn("root");
        var differ = await Forms.Submit(client, "/admin/users", "create-user", Forms.Fields(
            ("NewUser.UserName", "pat"), ("NewUser.Roles.Facilitator", "true"),
            ("NewUser.Password", "a long enough password"), ("NewUser.Confirm", "another long password")));
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.Contains("The two passwords differ", await differ.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var shortOne = await Forms.Submit(client, "/admin/users", "create-user", Forms.Fields(
            ("NewUser.UserName", "pat"), ("NewUser.Roles.Facilitator", "true"), ("NewUser.Password", "short"), ("NewUser.Confirm", "short")));
        Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
        Assert.Contains("at least 12 characters", await shortOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noRole = await Forms.Submit(client, "/admin/users", "create-user", Forms.Fields(
            ("NewUser.UserName", "pat"), ("NewUser.Password", "a long enough password"), ("NewUser.Confirm", "a long enough password")));
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Contains("give at least one role", await noRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(_web.Engine.Users.Find("pat"));
    }

    [Fact]
    public async Task ADuplicateUserNameIsAConflict()
    {
        _web.User("pat", Roles.Facilitator);
        var response = await Forms.Submit(await _web.SignedIn("root"), "/admin/users", "create-user", Forms.Fields(
            ("NewUser.UserName", "pat"), ("NewUser.Roles.Integrator", "true"),
            ("NewUser.Password", "a long enough password"), ("NewUser.Confirm", "a long enough password")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already exists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Roles.Facilitator, _web.Engine.Users.Find("pat")!.Roles);
    }

    [Fact]
    public async Task RolesChangeFromTheUsersCheckboxesAndEndTheirSignIn()
    {
        _web.User("pat", Roles.Facilitator);
        var pat = await _web.SignedIn("pat");
        var client = await _web.SignedIn("root");
        var page = await Forms.Page(client, "/admin/users?user=pat");
        Assert.NotNull(page.QuerySelector("input[name='RolesInput.Facilitator'][checked]"));
        Assert.Null(page.QuerySelector("input[name='RolesInput.Integrator'][checked]"));
        var response = await Forms.Submit(client, page, "/admin/users?user=pat", "set-roles", Forms.Fields(("RolesInput.Integrator", "true")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Roles.Facilitator},{Roles.Integrator}", _web.Engine.Users.Find("pat")!.Roles);
        Assert.Equal(HttpStatusCode.Redirect, (await pat.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "root", Action: "user-roles")), a => a.Resource == "user pat facilitator,integrator");
    }

    [Fact]
    public async Task ClearingEveryRoleIsRefused()
    {
        _web.User("pat", Roles.Facilitator);
        var client = await _web.SignedIn("root");
        var page = await Forms.Page(client, "/admin/users?user=pat");
        var form = page.Forms.Single(f => f.QuerySelector("input[name=_handler][value='set-roles']") is not null);
        foreach (var box in form.QuerySelectorAll("input[type=checkbox]")) box.RemoveAttribute("checked");
        var response = await Forms.Submit(client, page, "/admin/users?user=pat", "set-roles", Forms.Fields());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Roles.Facilitator, _web.Engine.Users.Find("pat")!.Roles);
    }

    [Fact]
    public async Task APasswordIsResetWhenTypedTwiceTheSame()
    {
        _web.User("pat", Roles.Facilitator);
        var client = await _web.SignedIn("root");
        var differ = await Forms.Submit(client, "/admin/users?user=pat", "reset-password", Forms.Fields(
            ("PasswordReset.Password", "a brand new password"), ("PasswordReset.Confirm", "a brand new passwort")));
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.NotNull(_web.Engine.Users.Verify("pat", IopWebFactory.Password));

        var response = await Forms.Submit(client, "/admin/users?user=pat", "reset-password", Forms.Fields(
            ("PasswordReset.Password", "a brand new password"), ("PasswordReset.Confirm", "a brand new password")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_web.Engine.Users.Verify("pat", IopWebFactory.Password));
        Assert.NotNull(_web.Engine.Users.Verify("pat", "a brand new password"));
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "root", Action: "user-password")), a => a.Resource == "user pat");
    }

    [Fact]
    public async Task AnAccountIsDisabledAndEnabledAgain()
    {
        _web.User("pat", Roles.Facilitator);
        var client = await _web.SignedIn("root");
        var response = await Forms.Submit(client, "/admin/users?user=pat", "set-status", Forms.Fields(("Enable", "false")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(_web.Engine.Users.Find("pat")!.DisabledUtc);
        Assert.Null(_web.Engine.Users.Verify("pat", IopWebFactory.Password));

        response = await Forms.Submit(client, "/admin/users?user=pat", "set-status", Forms.Fields(("Enable", "true")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(_web.Engine.Users.Find("pat")!.DisabledUtc);
        var actions = _web.Engine.Audit.Read(new AuditQuery(Actor: "root")).Select(a => a.Action).ToList();
        Assert.Contains("user-disable", actions);
        Assert.Contains("user-enable", actions);
    }

    [Fact]
    public async Task AnAdministratorCannotDisableThemselves()
    {
        _web.User("ada", Roles.Admin);
        var response = await Forms.Submit(await _web.SignedIn("root"), "/admin/users?user=root", "set-status", Forms.Fields(("Enable", "false")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot disable their own account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(_web.Engine.Users.Find("root")!.DisabledUtc);
    }

    [Fact]
    public async Task TheLastAdministratorKeepsTheAdminRole()
    {
        var client = await _web.SignedIn("root");
        var response = await Forms.Submit(client, "/admin/users?user=root", "set-roles", Forms.Fields(
            ("RolesInput.Admin", "false"), ("RolesInput.ClinicalLead", "true")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("last active administrator", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Roles.Admin, _web.Engine.Users.Find("root")!.Roles);

        // With a second administrator the first may step down.
        _web.User("ada", Roles.Admin);
        response = await Forms.Submit(client, "/admin/users?user=root", "set-roles", Forms.Fields(
            ("RolesInput.Admin", "false"), ("RolesInput.ClinicalLead", "true")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Roles.ClinicalLead, _web.Engine.Users.Find("root")!.Roles);
    }

    [Fact]
    public async Task FacilitatorsAreAssignedAndUnassignedCohorts()
    {
        _web.User("fran", Roles.Facilitator);
        var client = await _web.SignedIn("root");
        var response = await Forms.Submit(client, "/admin/users?user=fran", "assign-cohort", Forms.Fields(("AssignId", FirstRunSeed.CohortId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([FirstRunSeed.CohortId], _web.Engine.Users.CohortsOf(_web.Engine.Users.Find("fran")!.Id));
        // A cohort she already runs is no longer offered.
        var assigned = await Forms.Page(client, "/admin/users?user=fran");
        Assert.DoesNotContain(FirstRunSeed.CohortId, assigned.QuerySelectorAll("select[name=AssignId] option").Select(o => o.GetAttribute("value")));

        response = await Forms.Submit(client, "/admin/users?user=fran", "unassign-cohort", Forms.Fields(("UnassignId", FirstRunSeed.CohortId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_web.Engine.Users.CohortsOf(_web.Engine.Users.Find("fran")!.Id));
        var actions = _web.Engine.Audit.Read(new AuditQuery(Actor: "root")).Select(a => a.Action).ToList();
        Assert.Contains("facilitator-assign", actions);
        Assert.Contains("facilitator-unassign", actions);
    }

    [Fact]
    public async Task AnAdministratorSetsTheRecipientOrganizationAnIntegratorActsFor()
    {
        _web.User("ida", Roles.Integrator);
        _web.Engine.Recipients.Add("county-ehr", "County EHR", IopCurriculum.Consent.RecipientClasses.TreatingProvider, IopCurriculum.Consent.DisclosurePurposes.Treatment, "root");
        var client = await _web.SignedIn("root");
        var page = await Forms.Page(client, "/admin/users?user=ida");
        Assert.StartsWith("This integrator acts for no recipient organization", page.QuerySelector("#recipient-state")!.TextContent, StringComparison.Ordinal);
        var response = await Forms.Submit(client, page, "/admin/users?user=ida", "set-recipient", Forms.Fields(("RecipientId", "county-ehr")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("county-ehr", _web.Engine.Users.Find("ida")!.RecipientId);
        Assert.Contains("act for County EHR", (await Forms.Page(client, "/admin/users?user=ida")).QuerySelector("#recipient-state")!.TextContent, StringComparison.Ordinal);
        var refused = await Forms.Submit(client, "/admin/users?user=ida", "set-recipient", Forms.Fields(("RecipientId", "nowhere")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("there is no recipient 'nowhere'", (await CreationTests.Parse(refused)).QuerySelector("p.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("county-ehr", _web.Engine.Users.Find("ida")!.RecipientId);
        Assert.Null((await Forms.Page(client, "/admin/users?user=root")).QuerySelector("#recipient-setting"));
    }

    [Fact]
    public async Task AnAdministratorMakesATraineesNotesNeedCoSignatureAndGivesASupervisorACohort()
    {
        _web.User("tia", Roles.Facilitator);
        _web.User("sue", Roles.Supervisor);
        var client = await _web.SignedIn("root");
        var response = await Forms.Submit(client, "/admin/users?user=tia", "set-cosign", Forms.Fields(("CoSign", "true")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(_web.Engine.Users.Find("tia")!.NotesNeedCoSignature);
        Assert.Contains("complete once a supervisor co-signs", (await Forms.Page(client, "/admin/users?user=tia")).QuerySelector("#cosign-state")!.TextContent, StringComparison.Ordinal);
        await Forms.Submit(client, "/admin/users?user=tia", "set-cosign", Forms.Fields(("CoSign", "false")));
        Assert.False(_web.Engine.Users.Find("tia")!.NotesNeedCoSignature);

        await Forms.Submit(client, "/admin/users?user=sue", "assign-cohort", Forms.Fields(("AssignId", FirstRunSeed.CohortId)));
        Assert.Equal([FirstRunSeed.CohortId], _web.Engine.Users.CohortsOf(_web.Engine.Users.Find("sue")!.Id));
        var sue = await _web.SignedIn("sue");
        Assert.Equal(HttpStatusCode.OK, (await sue.GetAsync(new Uri($"/cohorts/{FirstRunSeed.CohortId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AssigningACohortToANonFacilitatorIsRefused()
    {
        _web.User("lee", Roles.ClinicalLead);
        var response = await Forms.Submit(await _web.SignedIn("root"), "/admin/users?user=lee", "assign-cohort", Forms.Fields(("AssignId", FirstRunSeed.CohortId)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is neither a facilitator nor a supervisor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminFormsWithoutTheAntiforgeryTokenAreRefused()
    {
        _web.User("pat", Roles.Facilitator);
        var client = await _web.SignedIn("root");
        using var content = new FormUrlEncodedContent(Forms.Fields(("_handler", "set-status"), ("Enable", "false")));
        var response = await client.PostAsync(new Uri("/admin/users?user=pat", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(_web.Engine.Users.Find("pat")!.DisabledUtc);
    }
}
