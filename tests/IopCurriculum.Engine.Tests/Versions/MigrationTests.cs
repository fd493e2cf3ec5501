using System.Text.RegularExpressions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Versions;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Versions;

/// <summary>
/// Moving running instances to a version 2 that renames the stage 'orientation' to 'welcome': refused,
/// with nothing changed, until every instance has a stage to land in; a dry run only lists the moves.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly TempFolder _temp = new();
    private readonly string _version2;

    public MigrationTests()
    {
        var v1 = _temp.Write("matrix-client-v1.yaml", DefinitionText.MatrixClient());
        var v2 = Regex.Replace(DefinitionText.WithVersion(DefinitionText.MatrixClient(), 2), @"\borientation\b", "welcome");
        Assert.Contains("- name: welcome", v2, StringComparison.Ordinal);
        _version2 = _temp.Write("matrix-client-v2.yaml", v2);

        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4), [v1]);
        _h.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        // P waits for intake; Q has seen the counselor and is in orientation.
        _h.Enrol(CohortId, "P");
        var q = _h.Enrol(CohortId, "Q");
        var intake = q.Booked.First(s => s.TrackCode == "IC");
        _h.AfterSession(intake);
        _h.Attend(CohortId, "Q", intake);
    }

    public void Dispose()
    {
        _h.Dispose();
        _temp.Dispose();
    }

    private MigrationReport Migrate(bool dryRun = false, params (string From, string To)[] map) =>
        _h.Engine.Migrations.Migrate(new MigrationRequest
        {
            DefinitionPath = _version2,
            StageMap = map.ToDictionary(m => m.From, m => m.To, StringComparer.Ordinal),
            Reason = "orientation is now called welcome",
            DryRun = dryRun,
            Actor = "dana",
        });

    [Fact]
    public void AStageTheNewVersionLacksRefusesTheMigrationAndChangesNothing()
    {
        var before = _h.State();
        var q = _h.Instance(CohortId, "Q", "matrix-client");

        var refused = Assert.Throws<EngineException>(() => Migrate());

        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Equal("migration to matrix-client v2 refused; nothing was changed", refused.Message);
        Assert.Equal(
            [$"instance {q.Id} (client Q, cohort {CohortId}) is in 'orientation', which matrix-client v2 does not have; map orientation to one of its stages"],
            refused.Details);
        Assert.Equal(before, _h.State());
    }

    [Fact]
    public void AMapToAStageTheNewVersionLacksIsRefusedWithAHint()
    {
        var before = _h.State();

        var misspeltTarget = Assert.Throws<EngineException>(() => Migrate(map: ("orientation", "welcom")));
        Assert.Equal(ProblemKind.Invalid, misspeltTarget.Kind);
        Assert.Contains("the stage map orientation=welcom: matrix-client v2 has no stage 'welcom' (did you mean 'welcome'?)", misspeltTarget.Details);

        var misspeltSource = Assert.Throws<EngineException>(() => Migrate(map: ("orientaton", "welcome")));
        Assert.Contains("the stage map orientaton=…: no version being migrated has a stage 'orientaton' (did you mean 'orientation'?)", misspeltSource.Details);

        Assert.Equal(before, _h.State());
    }

    [Fact]
    public void ADryRunListsTheMovesAndChangesNothing()
    {
        var before = _h.State();
        var (p, q) = (_h.Instance(CohortId, "P", "matrix-client"), _h.Instance(CohortId, "Q", "matrix-client"));

        var report = Migrate(dryRun: true, ("orientation", "welcome"));

        Assert.True(report.DryRun);
        Assert.Equal("matrix-client v2", report.Target);
        Assert.Equal(
        [
            $"instance {p.Id} client P: intake-assessment (matrix-client v1) -> intake-assessment (matrix-client v2)",
            $"instance {q.Id} client Q: orientation (matrix-client v1) -> welcome (matrix-client v2)",
        ], report.Moves);
        Assert.Equal(before, _h.State());
    }

    [Fact]
    public void AMappedMigrationMovesEveryInstanceJournalsEachAndLaterEnrolmentsStartOnTheNewVersion()
    {
        var (p, q) = (_h.Instance(CohortId, "P", "matrix-client"), _h.Instance(CohortId, "Q", "matrix-client"));
        var journalBefore = _h.Journal().Count;

        var report = Migrate(false, ("orientation", "welcome"));

        Assert.False(report.DryRun);
        Assert.Equal(2, report.Moves.Count);
        var (p2, q2) = (_h.Instance(CohortId, "P", "matrix-client"), _h.Instance(CohortId, "Q", "matrix-client"));
        Assert.Equal((2, "intake-assessment", true), (p2.Definition!.Version, p2.Stage, p2.Active));
        Assert.Equal((2, "welcome", true), (q2.Definition!.Version, q2.Stage, q2.Active));
        Assert.Equal(p.Revision + 1, p2.Revision);

        var rows = _h.Journal().Skip(journalBefore).ToList();
        Assert.Equal(
        [
            ("migrate", p.Id, "intake-assessment (matrix-client v1)", "intake-assessment (matrix-client v2)", $"instance/{p.Id}/migrate/{p.DefinitionId}-{p2.DefinitionId}"),
            ("migrate", q.Id, "orientation (matrix-client v1)", "welcome (matrix-client v2)", $"instance/{q.Id}/migrate/{q.DefinitionId}-{q2.DefinitionId}"),
        ], rows.Select(j => (j.Trigger, j.InstanceId!.Value, j.FromStage, j.ToStage, j.OccurrenceKey)));
        Assert.All(rows, j => Assert.Equal(("dana", "orientation is now called welcome"), (j.Actor, j.Reason)));

        // The cohort now starts new clients on version 2, and the renamed stage works under it.
        var late = _h.Enrol(CohortId, "R");
        Assert.Equal(p2.DefinitionId, Assert.Single(late.Instances).DefinitionId);
        var intake = late.Booked.First(s => s.TrackCode == "IC");
        _h.AfterSession(intake);
        var moved = _h.Attend(CohortId, "R", intake);
        Assert.Equal(("intake-assessment", "welcome"), (moved.Journal[0].FromStage, moved.Journal[0].ToStage));
        using var db = _h.Database.Open();
        Assert.Equal([p2.DefinitionId], db.CohortWorkflows.Where(w => w.CohortId == CohortId).Select(w => w.DefinitionId));
    }
}
