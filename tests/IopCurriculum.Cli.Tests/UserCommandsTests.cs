using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop user add</c>, <c>token</c> and <c>list</c> in process, on a temporary database, with passwords from files.</summary>
public sealed class UserCommandsTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-user-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero));
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        _folder.Dispose();
    }

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database, "--by", "tester"]);

    private string PasswordFile(string password)
    {
        var path = _folder.Sub($"password-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, password + "\n");
        return path;
    }

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    [Fact]
    public void AddThenTokenThenListShowTheAccounts()
    {
        var added = Iop("user", "add", "root", "--role", "admin", "--password-file", PasswordFile("a long enough password"));
        AssertOk(added);
        Assert.Equal("user root created with roles admin\n", added.Out);
        AssertOk(Iop("user", "add", "ivy", "--role", "integrator", "--display-name", "Ivy EHR", "--password-file", PasswordFile("another long password")));

        var token = Iop("user", "token", "ivy", "--label", "Eastside EHR", "--days", "30");
        AssertOk(token);
        var secret = token.Out.Trim();
        Assert.StartsWith("iop_", secret, StringComparison.Ordinal);
        Assert.Contains("issued to ivy, expires 2027-02-03 17:00:00Z", token.Error, StringComparison.Ordinal);

        var list = Iop("user", "list");
        AssertOk(list);
        Assert.Equal(["ivy\tintegrator\tactive\t-", "root\tadmin\tactive\t-"], list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // What the commands wrote is what the web app signs in and authenticates with.
        using var engine = new EngineOnFile(_database, _clock);
        Assert.NotNull(engine.Engine.Users.Verify("root", "a long enough password"));
        Assert.Equal("Ivy EHR", engine.Engine.Users.Find("ivy")!.DisplayName);
        Assert.Equal("ivy", engine.Engine.Tokens.Authenticate(secret)!.UserName);
    }

    [Fact]
    public void ATokenIsOnlyForIntegrators()
    {
        AssertOk(Iop("user", "add", "lee", "--role", "clinical-lead", "--password-file", PasswordFile("a long enough password")));
        var refused = Iop("user", "token", "lee", "--label", "EHR");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not an integrator", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Out);
    }

    [Fact]
    public void AShortPasswordOrAnEmptyFileIsRefusedAndNothingIsWritten()
    {
        var shortOne = Iop("user", "add", "root", "--role", "admin", "--password-file", PasswordFile("short"));
        Assert.Equal(2, shortOne.ExitCode);
        Assert.Contains("at least 12 characters", shortOne.Error, StringComparison.Ordinal);
        var empty = Iop("user", "add", "root", "--role", "admin", "--password-file", PasswordFile(""));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no password in", empty.Error, StringComparison.Ordinal);
        var list = Iop("user", "list");
        AssertOk(list);
        Assert.Equal("", list.Out);
    }

    [Fact]
    public void ADuplicateUserIsAConflict()
    {
        AssertOk(Iop("user", "add", "root", "--role", "admin", "--password-file", PasswordFile("a long enough password")));
        var again = Iop("user", "add", "root", "--role", "facilitator", "--password-file", PasswordFile("a long enough password"));
        Assert.Equal(4, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
    }

    /// <summary>An engine on the file the commands wrote, as the web host opens it.</summary>
    private sealed class EngineOnFile : IDisposable
    {
        public EngineOnFile(string path, TimeProvider clock) =>
            Engine = new IopCurriculum.Engine.IopEngine(IopCurriculum.Persistence.IopDatabase.Sqlite(path), clock);

        public IopCurriculum.Engine.IopEngine Engine { get; }

        public void Dispose() => SqliteConnection.ClearAllPools();
    }
}
