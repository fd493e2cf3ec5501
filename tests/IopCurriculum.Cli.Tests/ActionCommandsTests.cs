using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary>
/// <c>iop actions run</c>, <c>iop incident</c>, <c>iop recipient endpoint</c>, <c>iop program mail</c> and
/// <c>iop user email</c> end to end in process: a care plan for an EHR that cannot be reached is tried
/// until it is an incident, shown in the journal, retried and dismissed, with the refusals' exit codes.
/// </summary>
public sealed class ActionCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-action-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new LocalDateTime(2027, 1, 4, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());
    private readonly TempFolder _folder = new();

    public ActionCommandsTests()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        var password = _folder.Sub("password.txt");
        File.WriteAllText(password, "a long enough password\n");
        AssertOk(Iop("user", "add", "lee", "--role", "clinical-lead", "--password-file", password));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1", "--given", "Alex", "--family", "One", "--week", "1"));
        AssertOk(Iop("recipient", "add", "county-ehr", "--name", "County EHR", "--by", "lee"));
        AssertOk(Iop("consent", "add", "--client", "C-1", "--recipient", "county-ehr", "--signed", "2027-01-04", "--by", "lee"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        _folder.Dispose();
    }

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    /// <summary>A loopback address nothing listens on.</summary>
    private static string Unreachable()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/fhir";
    }

    [Fact]
    public void AnUnreachableEhrBecomesAnIncidentThatIsListedJournaledRetriedAndDismissed()
    {
        var token = _folder.Write("token.txt", "s3cret\n");
        var set = Iop("recipient", "endpoint", "county-ehr", "--url", Unreachable(), "--token-file", token, "--by", "lee");
        AssertOk(set);
        Assert.Contains("care plans are sent to http://127.0.0.1:", set.Out, StringComparison.Ordinal);
        Assert.EndsWith(" with a bearer token\n", set.Out, StringComparison.Ordinal);

        var first = Iop("actions", "run");
        AssertOk(first);
        Assert.Equal("ran 1 action: 0 done, 1 waiting to be tried again, 0 new incidents\n", first.Out);
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            AssertOk(Iop("actions", "run"));
        }

        var list = Iop("incident", "list");
        AssertOk(list);
        var line = Assert.Single(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var fields = line.Split('\t');
        Assert.Equal(["refresh-care-plan", $"cohort {CohortId}", "client C-1"], fields[1..4]);
        Assert.StartsWith("5 tries, first failed ", fields[4], StringComparison.Ordinal);
        Assert.StartsWith("county-ehr could not be reached at http://127.0.0.1:", fields[5], StringComparison.Ordinal);
        var id = fields[0];

        var journal = Iop("journal", "--cohort", CohortId);
        AssertOk(journal);
        Assert.Contains($"refresh-care-plan #{id}: INCIDENT (county-ehr could not be reached", journal.Out, StringComparison.Ordinal);
        Assert.Contains("plan-sessions: the client's rosters now follow intake-assessment", journal.Out, StringComparison.Ordinal);

        AssertOk(Iop("incident", "retry", id, "--reason", "the EHR's address was wrong", "--by", "lee"));
        Assert.Equal("no incidents\n", Iop("incident", "list").Out);
        Assert.Equal("ran 1 action: 0 done, 1 waiting to be tried again, 0 new incidents\n", Iop("actions", "run").Out);

        Assert.Equal(ExitCodes.Conflict, Iop("incident", "dismiss", id, "--reason", "not an incident now").ExitCode);
        Assert.Equal(ExitCodes.NotFound, Iop("incident", "retry", "999", "--reason", "no such").ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("incident", "dismiss", id).ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("incident", "retry", "seven", "--reason", "x").ExitCode);
    }

    [Fact]
    public void TheNumberOfTriesBeforeAnIncidentIsASetting()
    {
        AssertOk(Iop("recipient", "endpoint", "county-ehr", "--url", Unreachable(), "--by", "lee"));

        Assert.Equal("ran 1 action: 0 done, 1 waiting to be tried again, 0 new incidents\n", Iop("actions", "run", "--tries", "2").Out);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal("ran 1 action: 0 done, 0 waiting to be tried again, 1 new incident\n", Iop("actions", "run", "--tries", "2").Out);
        Assert.StartsWith("2 tries, ", Iop("incident", "list").Out.Split('\t')[4], StringComparison.Ordinal);

        var none = Iop("actions", "run", "--tries", "0");
        Assert.Equal(ExitCodes.InvalidInput, none.ExitCode);
        Assert.Contains("--tries must be a whole number from 1 to 100", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsThatCannotWorkAreRefusedWithWhatIsWrong()
    {
        var plain = Iop("recipient", "endpoint", "county-ehr", "--url", "http://ehr.example.org/fhir");
        Assert.Equal(ExitCodes.InvalidInput, plain.ExitCode);
        Assert.Contains("is not encrypted", plain.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, Iop("recipient", "endpoint", "nobody", "--url", "https://ehr.example.org/fhir").ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("recipient", "endpoint", "county-ehr", "--url", "https://ehr.example.org/fhir", "--token-file", _folder.Sub("missing")).ExitCode);

        var port = Iop("program", "mail", "--program", "eastside", "--server", "mail.example.org:0", "--from", "iop@example.org");
        Assert.Equal(ExitCodes.InvalidInput, port.ExitCode);
        Assert.Contains("port from 1 to 65535", port.Error, StringComparison.Ordinal);
        var mail = Iop("program", "mail", "--program", "eastside", "--server", "mail.example.org", "--from", "iop@example.org", "--task-due-hours", "8");
        AssertOk(mail);
        Assert.Equal("program eastside: task notices go through mail.example.org:25 from iop@example.org\n", mail.Out);

        Assert.Equal(ExitCodes.InvalidInput, Iop("user", "email", "lee", "--address", "not an address").ExitCode);
        Assert.Equal("user lee: task notices go to lee@clinic.example.org\n", Iop("user", "email", "lee", "--address", "lee@clinic.example.org").Out);

        var url = Iop("actions", "run", "--public-url", "not a url");
        Assert.Equal(ExitCodes.InvalidInput, url.ExitCode);
        Assert.Contains("--public-url 'not a url' is not a web address", url.Error, StringComparison.Ordinal);
    }
}
