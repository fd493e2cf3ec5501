using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Fhir.Tests.Support;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary>A refused export says why and writes nothing: no folder, no files, no audit entry.</summary>
public sealed class RefusalTests : IDisposable
{
    private readonly SmallCohort _cohort = new();

    public void Dispose() => _cohort.Dispose();

    [Fact]
    public void AnUnknownCohortIsNotFoundWithTheClosestIdAndWritesNothing()
    {
        var folder = _cohort.Output.Sub("never");
        var refused = Assert.Throws<EngineException>(() => _cohort.Export(folder, cohortId: "eastside-2027-01-05"));
        Assert.Equal(ProblemKind.NotFound, refused.Kind);
        Assert.Equal("no cohort 'eastside-2027-01-05' (did you mean 'eastside-2027-01-04'?)", refused.Message);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(_cohort.Harness.Audit());
    }

    [Fact]
    public void NeitherOrBothScopesAndPerClientNdjsonAreInvalid()
    {
        var exporter = new CarePlanExporter(_cohort.Harness.Engine);
        var folder = _cohort.Output.Sub("never");
        foreach (var request in new[]
        {
            new CarePlanExportRequest { Format = ExportFormat.Bundle, OutputFolder = folder, Recipient = Consenting.Recipient },
            new CarePlanExportRequest { CohortId = SmallCohort.CohortId, All = true, Format = ExportFormat.Bundle, OutputFolder = folder, Recipient = Consenting.Recipient },
            new CarePlanExportRequest { CohortId = SmallCohort.CohortId, Format = ExportFormat.Ndjson, PerClient = true, OutputFolder = folder, Recipient = Consenting.Recipient },
        })
            Assert.Equal(ProblemKind.Invalid, Assert.Throws<EngineException>(() => exporter.Export(request)).Kind);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(_cohort.Harness.Audit());
    }

    [Fact]
    public void AFailureMidwayLeavesAnEarlierExportAsItWas()
    {
        var folder = _cohort.Output.Sub("out");
        _cohort.Export(folder);
        var before = Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllText);

        // A curriculum that no longer loads stops the export after its folder was staged.
        var moved = _cohort.Output.Sub("moved-curriculum");
        CopyFolder(Repo.Matrix, moved);
        using (var db = _cohort.Harness.Database.Open())
        {
            db.Cohorts.Single().CurriculumPath = moved;
            db.SaveChanges();
        }
        File.WriteAllText(Path.Combine(moved, "curriculum.yaml"), "id: broken\n");
        Assert.Throws<EngineException>(() => _cohort.Export(folder));

        Assert.Equal(before, Directory.GetFiles(folder).ToDictionary(f => f, File.ReadAllText));
        Assert.Empty(Directory.GetDirectories(folder));
        Assert.Single(_cohort.Harness.Audit());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
