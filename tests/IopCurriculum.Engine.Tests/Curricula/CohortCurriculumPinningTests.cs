using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Curricula;

/// <summary>
/// A cohort always runs a stored curriculum version: one created on a folder stores that folder's
/// curriculum in the same transaction and runs the library's copy; the copy is checked against the
/// stored hash whenever the cohort is loaded, and a refused creation stores nothing.
/// </summary>
public sealed class CohortCurriculumPinningTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public CohortCurriculumPinningTests() => _h.CreateProgram();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void ACohortOnAFolderRunsTheStoredVersion()
    {
        var cohort = _h.CreateCohort(new LocalDate(2027, 1, 4));

        var stored = Assert.Single(_h.Engine.Curricula.List());
        Assert.Equal(("matrix-16-week", "1.0.0"), (stored.CurriculumId, stored.Version));
        Assert.Equal(stored.ContentHash, cohort.CurriculumHash);
        Assert.Equal(Path.Combine(_h.Engine.Curricula.Folder, "matrix-16-week", "1.0.0"), cohort.CurriculumPath);
        Assert.True(File.Exists(Path.Combine(cohort.CurriculumPath, "tracks", "relapse-prevention.yaml")));
    }

    [Fact]
    public void AnEditedLibraryCopyIsWrittenAgainFromTheStoredVersion()
    {
        var cohort = _h.CreateCohort(new LocalDate(2027, 1, 4));
        var track = Path.Combine(cohort.CurriculumPath, "tracks", "relapse-prevention.yaml");
        var original = File.ReadAllText(track);
        File.WriteAllText(track, original.Replace("Relapse Prevention", "Edited by hand", StringComparison.Ordinal));

        // A fresh engine, as after a restart: nothing is cached.
        var status = _h.SecondEngine().Reports.Status(CohortId);

        Assert.Equal(CohortId, status.CohortId);
        Assert.Equal(original, File.ReadAllText(track));
    }

    [Fact]
    public void ACohortWhoseFilesNoLongerMatchAndCannotBeRestoredIsRefused()
    {
        var cohort = _h.CreateCohort(new LocalDate(2027, 1, 4));
        using (var db = _h.Database.Open())
        {
            // As a cohort made before versions were stored: it names its folder and that folder's hash only.
            db.CurriculumVersions.RemoveRange(db.CurriculumVersions);
            db.SaveChanges();
        }
        File.AppendAllText(Path.Combine(cohort.CurriculumPath, "curriculum.yaml"), "# edited\n");

        var refused = Assert.Throws<EngineException>(() => _h.SecondEngine().Reports.Status(CohortId));

        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.StartsWith($"the curriculum of cohort {CohortId} at {cohort.CurriculumPath} has changed since the cohort was created", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderEditedBetweenTwoCohortsIsReadAgain()
    {
        using var copy = new TempFolder("iop-pinning-");
        foreach (var file in Directory.EnumerateFiles(Repo.Matrix, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(Repo.Matrix, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _h.Engine.Cohorts.Create(Request(copy.Path, "first"));
        var main = Path.Combine(copy.Path, "curriculum.yaml");
        File.WriteAllText(main, File.ReadAllText(main).Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal));

        var second = _h.Engine.Cohorts.Create(Request(copy.Path, "second"));

        Assert.Equal(["1.1.0", "1.0.0"], _h.Engine.Curricula.List().Select(v => v.Version));
        Assert.EndsWith(Path.Combine("matrix-16-week", "1.1.0"), second.CurriculumPath, StringComparison.Ordinal);
    }

    private static CohortRequest Request(string curriculum, string id) => new()
    {
        ProgramId = EngineHarness.ProgramId,
        CurriculumPath = curriculum,
        WorkflowPaths = [Repo.MatrixClient],
        Start = new LocalDate(2027, 1, 4),
        Id = id,
        Actor = "test",
    };

    [Fact]
    public void ARefusedCohortStoresNoCurriculumVersion()
    {
        _h.AssertRefused(ProblemKind.Invalid, () => _h.CreateCohort(new LocalDate(2026, 12, 28), id: "late"));
        Assert.Empty(_h.Engine.Curricula.List());
    }
}
