using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Curricula;

public sealed class WorkflowLibraryTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TempFolder _data = new("iop-workflows-");
    private readonly IopEngine _engine;

    public WorkflowLibraryTests() =>
        _engine = new IopEngine(_database.Database, new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero)), _data.Path);

    public void Dispose()
    {
        _data.Dispose();
        _database.Dispose();
    }

    private static string Folder => Path.GetDirectoryName(Repo.MatrixClient)!;

    [Fact]
    public void FilesAreReadFromTheFolderAndVersionsAreStoredOnlyWhenACohortUsesThem()
    {
        var files = _engine.Workflows.InFolder(Folder);
        Assert.Contains(files, f => f.Definition?.Name == "matrix-client");
        Assert.All(files, f => Assert.Empty(f.Problems));
        Assert.Empty(_engine.Workflows.Stored());

        // Before any cohort, the file is what the page draws.
        var fromFile = _engine.Workflows.Machine("matrix-client", 1, Folder);
        Assert.StartsWith("stateDiagram-v2", fromFile.Diagram(), StringComparison.Ordinal);
        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() => _engine.Workflows.Machine("matrix-client", 1)).Kind);

        _engine.Programs.Create("eastside", "Eastside IOP", null, Repo.LosAngelesCalendar);
        _engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "eastside",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Repo.MatrixClient],
            Start = new LocalDate(2027, 1, 4),
            Actor = "lead",
        });

        var stored = Assert.Single(_engine.Workflows.Stored());
        Assert.Equal(("matrix-client", 1), (stored.Name, stored.Version));
        Assert.Equal(fromFile.Definition.ContentHash, _engine.Workflows.Machine("matrix-client", 1).Definition.ContentHash);
    }

    [Fact]
    public void AFileThatDoesNotLoadIsListedWithItsProblems()
    {
        using var folder = new TempFolder();
        folder.Write("broken.yaml", "name: broken\nversion: [1\n");

        var file = Assert.Single(_engine.Workflows.InFolder(folder.Path));

        Assert.Null(file.Definition);
        Assert.Contains(file.Problems, p => p.StartsWith(Path.Combine(folder.Path, "broken.yaml") + ":", StringComparison.Ordinal));
        Assert.Empty(_engine.Workflows.InFolder(Path.Combine(folder.Path, "missing")));
    }
}
