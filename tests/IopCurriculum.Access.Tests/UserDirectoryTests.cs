using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Access.Tests;

/// <summary>The directory never leaves the program without an active administrator, and nobody disables their own account.</summary>
public sealed class UserDirectoryTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));

    public void Dispose() => _h.Dispose();

    private UserDirectory Users => _h.Engine.Users;

    [Fact]
    public void TheLastAdministratorCannotLoseTheRoleOrBeDisabled()
    {
        Users.Create("root", "Root", Password, Roles.Admin, "setup");
        Users.Create("lee", "Lee", Password, Roles.ClinicalLead, "setup");

        var roles = Assert.Throws<EngineException>(() => Users.SetRoles("root", Roles.ClinicalLead, "lee"));
        Assert.Equal(ProblemKind.Conflict, roles.Kind);
        Assert.Contains("last active administrator", roles.Message, StringComparison.Ordinal);
        var disable = Assert.Throws<EngineException>(() => Users.Disable("root", "lee"));
        Assert.Equal(ProblemKind.Conflict, disable.Kind);
        Assert.Equal(Roles.Admin, Users.Find("root")!.Roles);
        Assert.Null(Users.Find("root")!.DisabledUtc);
        Assert.True(Users.AnyAdmin());
    }

    [Fact]
    public void TheFirstAdministratorIsMadeOnlyWhileThereIsNone()
    {
        var ada = Users.CreateFirstAdministrator("ada", "Ada", Password, "first-run-setup");
        Assert.Equal(Roles.Admin, ada.Roles);
        Assert.Contains(_h.Engine.Audit.Read(new AuditQuery(Actor: "first-run-setup")), a => a.Action == "user-create" && a.Resource == "user ada roles admin");

        var again = Assert.Throws<EngineException>(() => Users.CreateFirstAdministrator("eve", "Eve", Password, "first-run-setup"));
        Assert.Equal(ProblemKind.Conflict, again.Kind);
        Assert.Null(Users.Find("eve"));
        Assert.Single(_h.Engine.Audit.Read(new AuditQuery(Action: "user-create")));
    }

    [Fact]
    public void ADisabledAdministratorDoesNotCountAsAnother()
    {
        Users.Create("root", "Root", Password, Roles.Admin, "setup");
        Users.Create("ada", "Ada", Password, Roles.Admin, "setup");
        Users.Disable("ada", "root");
        Assert.Equal(ProblemKind.Conflict, Assert.Throws<EngineException>(() => Users.SetRoles("root", Roles.Facilitator, "root")).Kind);
        Users.Enable("ada", "root");
        Assert.Equal(Roles.Facilitator, Users.SetRoles("root", Roles.Facilitator, "root").Roles);
    }

    [Fact]
    public void WithAnotherAdministratorTheRoleCanGoAndTheAccountBeDisabled()
    {
        Users.Create("root", "Root", Password, Roles.Admin, "setup");
        Users.Create("ada", "Ada", Password, $"{Roles.Admin},{Roles.ClinicalLead}", "setup");
        Assert.Equal(Roles.ClinicalLead, Users.SetRoles("ada", Roles.ClinicalLead, "root").Roles);
        Users.Create("bea", "Bea", Password, Roles.Admin, "setup");
        Assert.NotNull(Users.Disable("bea", "root").DisabledUtc);
    }

    [Fact]
    public void NobodyDisablesTheirOwnAccount()
    {
        Users.Create("root", "Root", Password, Roles.Admin, "setup");
        Users.Create("ada", "Ada", Password, Roles.Admin, "setup");
        var refused = Assert.Throws<EngineException>(() => Users.Disable("ada", "Ada"));
        Assert.Equal(ProblemKind.Conflict, refused.Kind);
        Assert.Contains("own account", refused.Message, StringComparison.Ordinal);
        Assert.Null(Users.Find("ada")!.DisabledUtc);
        Assert.DoesNotContain(_h.Engine.Audit.Read(new AuditQuery(Action: "user-disable")), a => a.Resource == "user ada");
    }

    [Fact]
    public void TokensListPerOwnerAndOnlyTheOwnerRevokesTheirOwn()
    {
        Users.Create("ivy", "Ivy", Password, Roles.Integrator, "setup");
        Users.Create("ian", "Ian", Password, Roles.Integrator, "setup");
        var mine = _h.Engine.Tokens.Issue("ivy", "EHR", null, "ivy");
        var theirs = _h.Engine.Tokens.Issue("ian", "Lab", null, "ian");
        var ivy = Users.Find("ivy")!.Id;
        Assert.Equal([mine.Listing.Id], _h.Engine.Tokens.List(ivy).Select(t => t.Id));
        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() => _h.Engine.Tokens.RevokeOwn(ivy, theirs.Listing.Id, "ivy")).Kind);
        Assert.NotNull(_h.Engine.Tokens.Authenticate(theirs.Token));
        _h.Engine.Tokens.RevokeOwn(ivy, mine.Listing.Id, "ivy");
        Assert.Null(_h.Engine.Tokens.Authenticate(mine.Token));
    }
}
