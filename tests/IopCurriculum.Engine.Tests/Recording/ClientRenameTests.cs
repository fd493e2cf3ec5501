using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Recording;

/// <summary>Correcting a client's names: one transaction, a history line per enrolment with who, when and why, and an audit line.</summary>
public sealed class ClientRenameTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));

    public void Dispose() => _h.Dispose();

    [Fact]
    public void ARenameChangesTheNamesAndRecordsWhoWhenAndWhy()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);

        var renamed = _h.Engine.Enrolments.Rename(new RenameRequest { ClientId = "A", GivenName = "Ana", Reason = "preferred name", Actor = "lee" });

        Assert.True(renamed.Changed);
        Assert.Equal(("Ana", "A"), (renamed.GivenName, renamed.FamilyName));
        Assert.Equal([CohortId], renamed.Enrolments);
        using var db = _h.Database.Open();
        var client = db.Clients.Single(c => c.Id == "A");
        Assert.Equal(("Ana", "A"), (client.GivenName, client.FamilyName));
        var line = db.EnrolmentEvents.AsNoTracking().Single(e => e.Kind == EnrolmentService.Renamed);
        Assert.Equal(("lee", "preferred name", 1), (line.Actor, line.Reason, line.Week));
        Assert.Equal(_h.Clock.GetUtcNow().UtcDateTime, DateTime.SpecifyKind(line.AtUtc, DateTimeKind.Utc));
        Assert.Single(db.AccessAudit.Where(a => a.Action == "client-rename" && a.Resource == "client A names"));
    }

    [Fact]
    public void ARefusedRenameWritesNothing()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);

        Assert.Contains("the reason is empty", Assert.Throws<EngineException>(() =>
            _h.Engine.Enrolments.Rename(new RenameRequest { ClientId = "A", GivenName = "Ana", Reason = "" })).Message, StringComparison.Ordinal);
        Assert.Contains("give the client's new first name", Assert.Throws<EngineException>(() =>
            _h.Engine.Enrolments.Rename(new RenameRequest { ClientId = "A", Reason = "typo" })).Message, StringComparison.Ordinal);
        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() =>
            _h.Engine.Enrolments.Rename(new RenameRequest { ClientId = "B", GivenName = "Bo", Reason = "typo" })).Kind);

        using var db = _h.Database.Open();
        Assert.Equal("Client", db.Clients.Single(c => c.Id == "A").GivenName);
        Assert.Empty(db.EnrolmentEvents.Where(e => e.Kind == EnrolmentService.Renamed));
    }

    [Fact]
    public void TheChoicesAreTheOverridesTheWorkflowAllowsFromTheStage()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);

        var choice = Assert.Single(_h.Engine.Clinical.Choices(CohortId, "A"));
        Assert.Equal(("matrix-client", "intake-assessment", true), (choice.Workflow, choice.Stage, choice.Active));
        Assert.Equal(["on-hold"], choice.OverrideTargets);
        Assert.True(choice.MayDischarge);
        Assert.False(choice.MayReadmit);

        _h.Engine.Clinical.Override(new ClinicalRequest { CohortId = CohortId, ClientId = "A", Reason = "hospital stay" }, "on-hold");
        var held = Assert.Single(_h.Engine.Clinical.Choices(CohortId, "A"));
        Assert.Equal(["orientation", "early-recovery", "relapse-prevention", "social-support-linkage", "aftercare-plan"], held.OverrideTargets);

        _h.Engine.Clinical.Discharge(new ClinicalRequest { CohortId = CohortId, ClientId = "A", Reason = "moved away" });
        var gone = Assert.Single(_h.Engine.Clinical.Choices(CohortId, "A"));
        Assert.Equal(("discharged", false, true), (gone.Stage, gone.Active, gone.MayReadmit));
        Assert.Empty(gone.OverrideTargets);
    }
}
