using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Fhir.Tests.Support;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Export;

/// <summary><c>--since</c> exports only the clients with something recorded since, and the manifest says as of when.</summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly SmallCohort _cohort = new();

    public void Dispose() => _cohort.Dispose();

    [Fact]
    public void OnlyTheClientWhoseAttendanceWasRecordedSinceIsExportedWithTheWholeGroup()
    {
        var h = _cohort.Harness;
        h.SetInstant(h.Now.Plus(NodaTime.Duration.FromMinutes(1)));
        var first = _cohort.Export(_cohort.Output.Sub("full"));
        Assert.Equal(3, first.Counts["CarePlan"]);

        h.SetLocal(new LocalDateTime(2027, 1, 6, 21, 0));
        var wednesday = h.Sessions(SmallCohort.CohortId, 1).First(s => s.TrackCode == "FE");
        h.Attend(SmallCohort.CohortId, "C-2", wednesday, "late", "bus was late");

        h.SetInstant(h.Now.Plus(NodaTime.Duration.FromMinutes(1)));
        var folder = _cohort.Output.Sub("since");
        var since = _cohort.Export(folder, since: first.At);
        var resources = ExportedFiles.Ndjson(folder);
        Assert.Equal("urn:iop:eastside:client|C-2", Assert.Single(ExportedFiles.OfType<Patient>(resources)).Identifier.Select(i => $"{i.System}|{i.Value}").Single());
        var plan = Assert.Single(ExportedFiles.OfType<CarePlan>(resources));
        var late = plan.Activity.Single(a => a.Detail!.Description!.StartsWith("FE 1:", StringComparison.Ordinal));
        Assert.Equal(["Attended, arrived late", "bus was late"], late.Progress.Select(p => p.Text));
        Assert.Equal(3, Assert.Single(ExportedFiles.OfType<Group>(resources)).Member.Count);

        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        Assert.Contains($"\"{ExportManifest.SinceExtension}\": \"{ExportManifest.Format(first.At)}\"", manifest, StringComparison.Ordinal);
        Assert.Contains($"\"transactionTime\": \"{ExportManifest.Format(since.At)}\"", manifest, StringComparison.Ordinal);

        // Nothing recorded since: nothing to export, and the manifest lists no files.
        var empty = _cohort.Export(_cohort.Output.Sub("nothing"), since: since.At);
        Assert.Equal(0, empty.Total);
        Assert.Equal(["manifest.json"], empty.Files);
    }
}
