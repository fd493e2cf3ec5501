using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop client rename</c>: a client's names are corrected with a reason, and a refusal changes nothing.</summary>
public sealed class ClientRenameCommandTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-rename-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new LocalDateTime(2027, 1, 4, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    [Fact]
    public void RenamingAClientChangesTheRosterNameAndNeedsAReason()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1001", "--given", "Alex", "--family", "Example", "--week", "1"));

        var refused = Iop("client", "rename", "--client", "C-1001", "--family", "Sample", "--reason", " ");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("the reason is empty", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Alex E.", Iop("cohort", "status", "--cohort", CohortId).Out, StringComparison.Ordinal);

        var renamed = Iop("client", "rename", "--client", "C-1001", "--family", "Sample", "--reason", "name misspelled at intake", "--by", "lee");
        AssertOk(renamed);
        Assert.Equal($"client C-1001 renamed; recorded in {CohortId}\n", renamed.Out);
        var status = Iop("cohort", "status", "--cohort", CohortId).Out;
        Assert.Contains("Alex S.", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex E.", status, StringComparison.Ordinal);

        var again = Iop("client", "rename", "--client", "C-1001", "--family", "Sample", "--reason", "checked");
        AssertOk(again);
        Assert.Equal("client C-1001 already has those names; nothing changed\n", again.Out);

        var unknown = Iop("client", "rename", "--client", "C-9999", "--given", "Sam", "--reason", "typo");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("client C-9999 not found", unknown.Error, StringComparison.Ordinal);
    }
}
