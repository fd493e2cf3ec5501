using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Library.Tests;

public sealed class CurriculumLibraryTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TempFolder _data = new("iop-library-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly IopEngine _engine;

    public CurriculumLibraryTests() => _engine = new IopEngine(_database.Database, _clock, _data.Path);

    public void Dispose()
    {
        _data.Dispose();
        _database.Dispose();
    }

    private CurriculumLibrary Library => _engine.Curricula;

    [Fact]
    public void ImportStoresTheFolderOnceAndTheSameContentAgainChangesNothing()
    {
        var first = Library.Import(Repo.Matrix, "lead");
        var again = Library.Import(Repo.Matrix, "someone else");

        Assert.True(first.Stored);
        Assert.False(again.Stored);
        Assert.Equal(first.Version.ContentHash, again.Version.ContentHash);
        var listed = Assert.Single(Library.List());
        Assert.Equal(("matrix-16-week", "1.0.0", "lead"), (listed.CurriculumId, listed.Version, listed.UploadedBy));
        var stored = Library.Get("matrix-16-week", "1.0.0");
        Assert.Equal("curriculum.yaml", stored.Files[0].Path);
        Assert.Equal(7, stored.Files.Count);
        Assert.DoesNotContain(stored.Files, f => f.Path.StartsWith("calendars/", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Matrix, "tracks", "relapse-prevention.yaml")), stored.Files.Single(f => f.Path == "tracks/relapse-prevention.yaml").Text);
    }

    [Fact]
    public void TheSameVersionWithOtherContentIsAConflictNamingBothHashes()
    {
        var original = Library.Import(Repo.Matrix, "lead").Version;
        using var edited = new TempFolder();
        Copy(Repo.Matrix, edited.Path);
        var track = Path.Combine(edited.Path, "tracks", "relapse-prevention.yaml");
        File.AppendAllText(track, "\n# a comment the lead added\n");

        var refused = Assert.Throws<EngineException>(() => Library.Import(edited.Path, "lead"));

        Assert.Equal(ProblemKind.Conflict, refused.Kind);
        var hashes = System.Text.RegularExpressions.Regex.Matches(refused.Message, "[0-9a-f]{12}").Select(m => m.Value).ToList();
        Assert.Equal(2, hashes.Distinct().Count());
        Assert.Equal(original.ContentHash[..12], hashes[0]);
        Assert.Contains("raise 'version'", refused.Message, StringComparison.Ordinal);
        var uploaded = Assert.Throws<EngineException>(() => Library.Upload("m.zip", SampleUploads.ZipFolder(edited.Path, "m"), "lead"));
        Assert.Equal(refused.Message, uploaded.Message);
        Assert.Single(Library.List());
    }

    [Fact]
    public void AnInlineYamlUploadIsStoredAndLoadsAsTheCurriculum()
    {
        var upload = Library.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline()), "lead");

        Assert.True(upload.Succeeded, string.Join("\n", upload.Problems));
        Assert.False(upload.AlreadyStored);
        var curriculum = Library.Load(SampleUploads.Id, "1.0.0");
        Assert.Equal(["GG", "II"], curriculum.Tracks.Select(t => t.Code.Value));
        Assert.Equal(6, curriculum.Sessions.Count());
        Assert.True(Library.Upload("my-edit.yaml", SampleUploads.Bytes(SampleUploads.Inline()), "lead").AlreadyStored);
    }

    [Fact]
    public void AnInvalidUploadGivesEveryProblemAtItsPlaceAndStoresNothing()
    {
        var text = SampleUploads.Inline()
            .Replace("    title: Getting Started", "    titel: Getting Started", StringComparison.Ordinal)
            .Replace("goals: [Plan the week]", "goals: [Plan the week]\n        handouts: [GG 9Z]", StringComparison.Ordinal);

        var upload = Library.Upload("curriculum.yaml", SampleUploads.Bytes(text), "lead");

        Assert.False(upload.Succeeded);
        Assert.Contains(upload.Problems, p => p.File == "curriculum.yaml" && p.Line == LineOf(text, "titel:") && p.Message.Contains("titel", StringComparison.Ordinal));
        Assert.Contains(upload.Problems, p => p.File == "curriculum.yaml" && p.Line == LineOf(text, "GG 9Z") && p.Message.Contains("GG 9Z", StringComparison.Ordinal));
        Assert.All(upload.Problems, p => Assert.DoesNotContain(Path.GetTempPath(), p.Message, StringComparison.Ordinal));
        Assert.Empty(Library.List());
        Assert.Empty(Directory.Exists(Library.Folder) ? Directory.EnumerateFileSystemEntries(Library.Folder) : []);
    }

    [Fact]
    public void AZipOfAFolderIsStoredWithTheFilesItsCurriculumNames()
    {
        var upload = Library.Upload("mh.zip", SampleUploads.ZipFolder(Repo.MentalHealth, "mh-iop-8-week"), "lead");

        Assert.True(upload.Succeeded, string.Join("\n", upload.Problems));
        Assert.Equal(7, upload.Version!.Files.Count);
        Assert.DoesNotContain(upload.Version.Files, f => f.Path.StartsWith("calendars/", StringComparison.Ordinal));
        // The same folder imported from disk is the same version, not a conflict.
        Assert.False(Library.Import(Repo.MentalHealth, "first-run").Stored);
    }

    [Fact]
    public void AZipWhoseTrackFileIsMissingReportsItWhereTheCurriculumNamesIt()
    {
        var main = File.ReadAllText(Path.Combine(Repo.MentalHealth, "curriculum.yaml"));
        var upload = Library.Upload("mh.zip", SampleUploads.Zip([("curriculum.yaml", main)]), "lead");

        Assert.False(upload.Succeeded);
        Assert.Equal(6, upload.Problems.Count);
        Assert.Contains(upload.Problems, p => p.Line == LineOf(main, "tracks/dbt-skills.yaml") && p.Column == 5 && p.Message.Contains("not in the upload", StringComparison.Ordinal));
        Assert.Empty(Library.List());
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("tracks/../../escape.yaml")]
    public void AZipEntryOutsideItsFolderIsRefusedWhole(string entry)
    {
        var zip = SampleUploads.Zip([("curriculum.yaml", SampleUploads.Inline()), (entry, "code: XX\n")]);
        var refused = Assert.Throws<EngineException>(() => Library.Upload("c.zip", zip, "lead"));
        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Contains("outside the curriculum folder", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Library.List());
    }

    [Fact]
    public void AZipWithTooManyOrTooLargeEntriesIsRefused()
    {
        var many = SampleUploads.Zip(Enumerable.Range(0, 201).Select(i => ($"notes/{i}.yaml", "a: 1\n")).Append(("curriculum.yaml", SampleUploads.Inline())));
        Assert.Contains("at most 200", Assert.Throws<EngineException>(() => Library.Upload("c.zip", many, "lead")).Message, StringComparison.Ordinal);

        var large = SampleUploads.Zip([("curriculum.yaml", SampleUploads.Inline()), ("tracks/big.yaml", new string('#', 1_100_000))]);
        Assert.Contains("tracks/big.yaml", Assert.Throws<EngineException>(() => Library.Upload("c.zip", large, "lead")).Message, StringComparison.Ordinal);
        Assert.Empty(Library.List());
    }

    [Fact]
    public void ATrackPathReachingOutsideTheUploadIsReportedAndNeverRead()
    {
        var text = SampleUploads.Inline().Replace("tracks:\n", "tracks:\n  - ../../../../etc/hostname\n", StringComparison.Ordinal);

        var upload = Library.Upload("curriculum.yaml", SampleUploads.Bytes(text), "lead");

        var problem = Assert.Single(upload.Problems);
        Assert.Equal((LineOf(text, "etc/hostname"), 5), (problem.Line, problem.Column));
        Assert.Contains("inside the curriculum folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadsThatAreNotYamlOrZipAreRefusedByName()
    {
        Assert.Contains("'notes.txt'", Assert.Throws<EngineException>(() => Library.Upload("notes.txt", [1, 2, 3], "lead")).Message, StringComparison.Ordinal);
        Assert.Contains("not a readable zip", Assert.Throws<EngineException>(() => Library.Upload("c.zip", [1, 2, 3], "lead")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaterializeWritesTheVersionOnceAndACohortOnItRecordsTheVersionsHash()
    {
        var version = Library.Import(Repo.Matrix, "lead").Version;

        var folder = Library.Materialize("matrix-16-week", "1.0.0");
        Assert.Equal(Path.Combine(_data.Path, "curricula", "matrix-16-week", "1.0.0"), folder);
        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "curriculum.yaml"));
        Assert.Equal(folder, Library.Materialize("matrix-16-week", "1.0.0"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "curriculum.yaml")));

        // A file changed behind the library's back is put right.
        File.WriteAllText(Path.Combine(folder, "tracks", "testing.yaml"), "broken: [");
        Library.Materialize("matrix-16-week", "1.0.0");
        Assert.Equal(version.Files.Single(f => f.Path == "tracks/testing.yaml").Text, File.ReadAllText(Path.Combine(folder, "tracks", "testing.yaml")));

        _engine.Programs.Create("eastside", "Eastside IOP", null, Repo.LosAngelesCalendar);
        var cohort = _engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "eastside",
            CurriculumPath = folder,
            WorkflowPaths = [Repo.MatrixClient],
            Start = new LocalDate(2027, 1, 4),
            Actor = "lead",
        });
        Assert.Equal(version.ContentHash, cohort.CurriculumHash);
        Assert.Equal(folder, cohort.CurriculumPath);
    }

    [Fact]
    public void AnUnknownVersionIsNotFoundAndNamesTheStoredOnes()
    {
        Library.Import(Repo.Matrix, "lead");
        var missing = Assert.Throws<EngineException>(() => Library.Materialize("matrix-16-week", "9.9.9"));
        Assert.Equal(ProblemKind.NotFound, missing.Kind);
        Assert.Contains("stored versions: 1.0.0", missing.Message, StringComparison.Ordinal);
        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() => Library.Get("no-such", "1.0.0")).Kind);
    }

    [Fact]
    public void DiffGivesTheStructuralChangesAndTheChangedLines()
    {
        Library.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.9.0")), "lead");
        Library.Upload("curriculum.yaml", SampleUploads.Bytes(SampleUploads.Inline("1.10.0", sessionTwo: "Planning Each Day", reviewWeek: 3)), "lead");

        Assert.Equal(["1.10.0", "1.9.0"], Library.List().Select(v => v.Version));
        var diff = Library.Diff(SampleUploads.Id, "1.9.0", "1.10.0");

        Assert.Contains(diff.Changes, c => c.Kind == StructuralChangeKind.SessionRetitled && c.Subject == "GG 2" && c.Description.Contains("'Planning the Week' retitled 'Planning Each Day'", StringComparison.Ordinal));
        Assert.Contains(diff.Changes, c => c.Kind == StructuralChangeKind.SessionMoved && c.Subject == "II 2" && c.Description.Contains("from week 4 to week 3", StringComparison.Ordinal));
        Assert.Equal(2, diff.Changes.Count);
        var file = Assert.Single(diff.Files);
        Assert.Equal((FileChange.Changed, 3, 3), (file.Change, file.Inserted, file.Deleted));
        var lines = file.Hunks.SelectMany(h => h.Lines).ToList();
        Assert.Contains(lines, l => l.Change == LineChange.Deleted && l.Text.Contains("version: 1.9.0", StringComparison.Ordinal) && l.OldNumber == 2);
        Assert.Contains(lines, l => l.Change == LineChange.Inserted && l.Text.Contains("week: 3", StringComparison.Ordinal));
        Assert.True(lines.Count < SampleUploads.Inline().Split('\n').Length, "unchanged lines far from a change are left out");
    }

    [Fact]
    public void DiffOfATrackAddedAndRemovedBetweenFolderVersions()
    {
        using var older = new TempFolder();
        Copy(Repo.MentalHealth, older.Path);
        var main = Path.Combine(older.Path, "curriculum.yaml");
        File.WriteAllText(main, File.ReadAllText(main).Replace("version: 1.0.0", "version: 0.9.0", StringComparison.Ordinal).Replace("  - tracks/family-sessions.yaml\n", "", StringComparison.Ordinal));
        Library.Import(older.Path, "lead");
        Library.Import(Repo.MentalHealth, "lead");

        var diff = Library.Diff("mh-iop-8-week", "0.9.0", "1.0.0");

        var added = Assert.Single(diff.Changes, c => c.Kind == StructuralChangeKind.TrackAdded);
        Assert.StartsWith("track ", added.Description, StringComparison.Ordinal);
        Assert.Equal(FileChange.Added, diff.Files.Single(f => f.Path == "tracks/family-sessions.yaml").Change);
        Assert.Equal(FileChange.Unchanged, diff.Files.Single(f => f.Path == "tracks/cbt-skills.yaml").Change);
        var back = Library.Diff("mh-iop-8-week", "1.0.0", "0.9.0");
        Assert.Single(back.Changes, c => c.Kind == StructuralChangeKind.TrackRemoved);
        Assert.Equal(FileChange.Removed, back.Files.Single(f => f.Path == "tracks/family-sessions.yaml").Change);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(p => p.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
