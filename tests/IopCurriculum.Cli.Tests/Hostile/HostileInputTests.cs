using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests.Hostile;

/// <summary>
/// Malformed and hostile input through the command line: each is refused with the right exit code and
/// a message that says what and where, nothing is written to any table, no database file is left behind
/// by a refusal, and nothing outside a curriculum's folder is ever read.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "iop-hostile-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new LocalDateTime(2027, 1, 1, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());

    public HostileInputTests() => Directory.CreateDirectory(_scratch);

    private string Database => Path.Combine(_scratch, "iop.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    private CliResult Iop(params string[] args) => IopAt(Database, args);

    private CliResult IopAt(string database, params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", database]);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_scratch, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A copy of the Matrix curriculum whose relapse-prevention entry in the track list is <paramref name="track"/>.</summary>
    private string MatrixNaming(string track)
    {
        var folder = Path.Combine(_scratch, "matrix-copy");
        foreach (var file in Directory.EnumerateFiles(Repo.Matrix, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Matrix, file);
            Write(Path.Combine("matrix-copy", relative), File.ReadAllText(file));
        }
        var main = Path.Combine(folder, "curriculum.yaml");
        var text = File.ReadAllText(main);
        Assert.Contains("  - tracks/relapse-prevention.yaml", text, StringComparison.Ordinal);
        File.WriteAllText(main, text.Replace("  - tracks/relapse-prevention.yaml", $"  - {track}", StringComparison.Ordinal));
        return folder;
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, i) => (line, i)).First(l => l.line.Contains(text, StringComparison.Ordinal)).i + 1;

    private void CreateProgramAndCohort()
    {
        Assert.Equal(0, Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar).ExitCode);
        Assert.Equal(0, Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Repo.MatrixClient, "--start", "2027-01-04").ExitCode);
    }

    [Fact]
    public void ADeeplyNestedCurriculumIsRefusedAtItsPlaceByValidate()
    {
        var file = Write("deep/curriculum.yaml", "id: deep\ntracks: " + new string('[', 100_000) + "\n");
        var result = Iop("curriculum", "validate", Path.GetDirectoryName(file)!);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{file}:2:72: error: nesting deeper than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeeplyNestedWorkflowIsRefusedAtItsPlaceByValidate()
    {
        var file = Write("deep-workflow.yaml", "workflow: deep\nversion: 1\nstages: " + new string('{', 100_000) + "\n");
        var result = Iop("workflow", "validate", file);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{file}:3:{9 + 63}: error: nesting deeper than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeeplyNestedCalendarIsRefusedAndLeavesNoDatabaseBehind()
    {
        var file = Write("deep-calendar.yaml", "program: P\nclosures: " + new string('[', 100_000) + "\n");
        var result = Iop("program", "create", "--id", "eastside", "--name", "Eastside", "--calendar", file);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"{file}:2:74: error: nesting deeper than 64 levels", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database), "a refused command created the database file");
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("/etc/passwd")]
    public void ATrackPathOutsideTheCurriculumIsRefusedAndNothingIsStored(string track)
    {
        CreateProgramAndCohort();
        var before = TableCounts.Of(Database);
        var folder = MatrixNaming(track);
        var result = Iop("cohort", "create", "--program", "eastside", "--curriculum", folder, "--workflow", Repo.MatrixClient, "--start", "2027-01-11");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var main = Path.Combine(folder, "curriculum.yaml");
        Assert.Contains($"{main}:{LineOf(main, track)}:5: error: track file '{track}' must be a path inside the curriculum folder", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TableCounts.Of(Database));
    }

    [Fact]
    public void ATrackThatLinksOutsideTheCurriculumIsRefused()
    {
        CreateProgramAndCohort();
        var before = TableCounts.Of(Database);
        var folder = MatrixNaming("tracks/hostname.yaml");
        File.CreateSymbolicLink(Path.Combine(folder, "tracks", "hostname.yaml"), "/etc/hostname");
        var result = Iop("cohort", "create", "--program", "eastside", "--curriculum", folder, "--workflow", Repo.MatrixClient, "--start", "2027-01-11");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("track file 'tracks/hostname.yaml' leads outside the curriculum folder through a symbolic link", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TableCounts.Of(Database));
    }

    [Fact]
    public void ATrackThatIsANamedPipeIsRefusedWithoutHanging()
    {
        var folder = MatrixNaming("tracks/pipe.yaml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(folder, "tracks", "pipe.yaml")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        var result = Iop("curriculum", "validate", folder);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("is empty or is not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyClientIdIsRefusedAndNothingIsWritten()
    {
        CreateProgramAndCohort();
        var before = TableCounts.Of(Database);
        var result = Iop("client", "enroll", "--cohort", CohortId, "--client", "", "--given", "Ann", "--family", "Lee");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: the client id is empty; give the client's id in the program, such as a chart number\n", result.Error);
        Assert.Equal(before, TableCounts.Of(Database));
    }

    [Theory]
    [InlineData("A\u0007B", "the client id 'A\\u0007B' may hold only letters, digits, dots, hyphens and underscores")]
    [InlineData("a b", "the client id 'a b' may hold only letters")]
    public void AClientIdWithSpacesOrControlCharactersIsRefused(string id, string message)
    {
        CreateProgramAndCohort();
        var before = TableCounts.Of(Database);
        var result = Iop("client", "enroll", "--cohort", CohortId, "--client", id, "--given", "Ann", "--family", "Lee");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TableCounts.Of(Database));
    }

    [Fact]
    public void AFamilyNameOnTwoLinesIsRefused()
    {
        CreateProgramAndCohort();
        var result = Iop("client", "enroll", "--cohort", CohortId, "--client", "A", "--given", "Ann", "--family", "Lee\nDROP");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error: the family name holds a control character (such as a line break or tab); write it on one line\n", result.Error);
    }

    [Fact]
    public void AWordWhereANumberBelongsIsSaidInWords()
    {
        var result = Iop("client", "enroll", "--cohort", CohortId, "--client", "A", "--week", "two");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --week takes a whole number, such as 3, not 'two'\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public void ARefusedCommandOnANewDatabasePathLeavesNoFileOrFolder()
    {
        var folder = Path.Combine(_scratch, "new-place");
        var database = Path.Combine(folder, "deeper", "iop.db");
        var result = IopAt(database, "client", "enroll", "--cohort", "nowhere", "--client", "A");
        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.False(Directory.Exists(folder), "a refused command left the database's folder behind");
    }

    [Fact]
    public void AFileThatIsNotADatabaseIsNamedAndLeftAlone()
    {
        var file = Write("notes.db", "these are my notes, not a database\n");
        var result = IopAt(file, "program", "list");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"error: {file} is not an iop database: SQLite reads it as not a database at all\n", result.Error);
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(file));
    }

    [Fact]
    public void ADatabaseFromANewerVersionIsRefusedWithoutChangingIt()
    {
        Assert.Equal(0, Iop("program", "list").ExitCode);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')";
            insert.ExecuteNonQuery();
        }
        var before = TableCounts.Of(Database);
        var result = Iop("program", "list");
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"error: the database {Database} was brought up to date by a newer version of iop (its schema has 29991231000000_FromTheFuture", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, TableCounts.Of(Database));
    }

    [Fact]
    public void ADatabasePathThatIsAFolderIsRefusedInASentence()
    {
        var result = IopAt(_scratch, "program", "list");
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
