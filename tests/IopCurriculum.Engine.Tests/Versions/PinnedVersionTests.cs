using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Versions;

/// <summary>
/// A workflow version names one content: an edit without a new version number is refused, and running
/// instances keep the version they started on, compiled from the stored text, whatever the file says now.
/// </summary>
public sealed class PinnedVersionTests : IDisposable
{
    private static readonly LocalDate Start = new(2027, 1, 4);
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        _h.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void AnEditWithoutANewVersionIsRefusedAndRunningInstancesKeepTheirVersion()
    {
        var file = _temp.Write("matrix-client.yaml", DefinitionText.MatrixClient());
        _h.CreateProgram();
        _h.CreateCohort(Start, [file], id: "first");
        _h.Enrol("first", "X");

        // The block now needs only 3 Early Recovery groups, but the file still says version 1.
        var edited = DefinitionText.Replace(File.ReadAllText(file), DefinitionText.BlockGuard, "when: stage_weeks >= 4 and attended(ER) >= 3");
        File.WriteAllText(file, edited);
        var before = _h.Counts();
        var refused = Assert.Throws<EngineException>(() => _h.CreateCohort(Start, [file], id: "second"));
        Assert.Equal(ProblemKind.Conflict, refused.Kind);
        Assert.StartsWith("matrix-client.yaml: matrix-client version 1 is already registered with other content", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("raise 'version' to register the edit", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, _h.Counts());

        // With the version raised the edit registers as version 2 beside version 1.
        File.WriteAllText(file, DefinitionText.WithVersion(edited, 2));
        _h.CreateCohort(Start, [file], id: "second");
        _h.Enrol("second", "Y");
        // The file is gone: whatever runs now must come from the stored versions.
        File.Delete(file);

        // Both clients see the counselor and come to the four Early Recovery groups of weeks 1 and 2.
        _h.SetLocal(new LocalDateTime(2027, 1, 17, 12, 0));
        foreach (var (cohort, client) in new[] { ("first", "X"), ("second", "Y") })
        {
            var sessions = _h.AllSessions(cohort);
            _h.Attend(cohort, client, sessions.First(s => s.TrackCode == "IC" && s.EnrolmentId is not null));
            foreach (var er in sessions.Where(s => s.TrackCode == "ER" && s.Week <= 2))
                _h.Attend(cohort, client, er);
        }

        _h.SetLocal(new LocalDateTime(2027, 2, 1, 0, 1));
        new IopEngine(_h.Database, _h.Clock).Weeks.AdvanceDue();

        // After the four-week block, 4 groups are too few under version 1 and enough under version 2.
        var x = _h.Instance("first", "X", "matrix-client");
        var y = _h.Instance("second", "Y", "matrix-client");
        Assert.Equal((1, "early-recovery", 5), (x.Definition!.Version, x.Stage, x.StageSinceWeek));
        Assert.Equal((2, "relapse-prevention", 5), (y.Definition!.Version, y.Stage, y.StageSinceWeek));
        Assert.Equal(("early-recovery", "early-recovery"), WeekFour(x.Id));
        Assert.Equal(("early-recovery", "relapse-prevention"), WeekFour(y.Id));
        Assert.Contains(DefinitionText.BlockGuard, x.Definition.Source, StringComparison.Ordinal);

        // A client joining the first cohort later is still started on version 1.
        var late = _h.Enrol("first", "Z");
        Assert.Equal(x.DefinitionId, Assert.Single(late.Instances).DefinitionId);
        using var db = _h.Database.Open();
        Assert.Equal([1, 2], db.WorkflowDefinitions.Where(d => d.Name == "matrix-client").Select(d => d.Version).Order());
    }

    private (string From, string To) WeekFour(long instanceId)
    {
        var row = Assert.Single(_h.Journal(instanceId), j => j.OccurrenceKey == $"instance/{instanceId}/week-elapsed/4");
        return (row.FromStage, row.ToStage);
    }
}
