using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop export</c> end to end, in process, on a temporary database and a fake clock.</summary>
public sealed class ExportCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-export-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(At(new LocalDateTime(2027, 1, 1, 9, 0)));
    private readonly TempFolder _out = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        _out.Dispose();
    }

    private static DateTimeOffset At(LocalDateTime local) => local.InZoneStrictly(LosAngeles).ToDateTimeOffset();

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database, "--by", "tester"]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    private void CohortWithOneClient()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        _clock.SetUtcNow(At(new LocalDateTime(2027, 1, 4, 8, 0)));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1001", "--given", "Ana", "--family", "Lopez", "--week", "1"));
        // A second client who has not consented to the recipient: every export leaves them out and says so.
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1002", "--given", "Ben", "--family", "Ortiz", "--week", "1"));
        var password = Path.Combine(_out.Path, "password.txt");
        File.WriteAllText(password, "a long enough password\n");
        AssertOk(Iop("user", "add", "tester", "--role", "clinical-lead", "--password-file", password));
        AssertOk(Iop("recipient", "add", "county-ehr", "--name", "County EHR"));
        AssertOk(Iop("consent", "add", "--client", "C-1001", "--recipient", "county-ehr", "--signed", "2027-01-04"));
        _clock.SetUtcNow(At(new LocalDateTime(2027, 1, 4, 21, 0)));
        AssertOk(Iop("attendance", "record", "--cohort", CohortId, "--client", "C-1001", "--session", "IC 1", "--status", "attended"));
    }

    [Fact]
    public void OneCommandExportsACohortAsABundleAndAsNdjson()
    {
        CohortWithOneClient();
        var bundles = Path.Combine(_out.Path, "bundle");
        var bundle = Iop("export", "careplans", "--recipient", "county-ehr", "--cohort", CohortId, "--format", "bundle", "--out", bundles);
        AssertOk(bundle);
        Assert.StartsWith("exported Patient 1, CarePlan 1, Encounter 1, Consent 1, Group 1, PlanDefinition 1, ActivityDefinition 92 (98 resources) to ", bundle.Out, StringComparison.Ordinal);
        Assert.Contains($"  {CohortId}.bundle.json\n", bundle.Out, StringComparison.Ordinal);
        Assert.Contains("left out 1 client without consent for county-ehr: see left-out.ndjson\n", bundle.Out, StringComparison.Ordinal);
        Assert.Contains("no consent names County EHR", File.ReadAllText(Path.Combine(bundles, "left-out.ndjson")), StringComparison.Ordinal);
        Assert.DoesNotContain("C-1002", File.ReadAllText(Path.Combine(bundles, "left-out.ndjson")), StringComparison.Ordinal);
        Assert.Contains("Patient 1", Iop("consent", "disclosures", "--client", "C-1001").Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bundles, $"{CohortId}.bundle.json")));

        var ndjson = Path.Combine(_out.Path, "ndjson");
        var bulk = Iop("export", "careplans", "--recipient", "county-ehr", "--all", "--format", "ndjson", "--out", ndjson);
        AssertOk(bulk);
        Assert.Equal(["ActivityDefinition.ndjson", "CarePlan.ndjson", "Consent.ndjson", "Encounter.ndjson", "Group.ndjson", "Patient.ndjson", "PlanDefinition.ndjson", "left-out.ndjson", "manifest.json"],
            Directory.GetFiles(ndjson).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.EndsWith("next incremental export: --since 2027-01-05T05:00:00.000Z\n", bulk.Out, StringComparison.Ordinal);

        var since = Iop("export", "careplans", "--recipient", "county-ehr", "--all", "--format", "ndjson", "--out", Path.Combine(_out.Path, "since"), "--since", "2027-01-05T05:01:00Z");
        AssertOk(since);
        Assert.StartsWith("exported nothing (0 resources)", since.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownCohortExitsNotFoundAndWritesNothing()
    {
        CohortWithOneClient();
        var folder = Path.Combine(_out.Path, "never");
        var result = Iop("export", "careplans", "--recipient", "county-ehr", "--cohort", "eastside-2027-01-05", "--format", "ndjson", "--out", folder);
        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Equal("error: no cohort 'eastside-2027-01-05' (did you mean 'eastside-2027-01-04'?)\n", result.Error);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void UsageMistakesExitInvalid()
    {
        CohortWithOneClient();
        var folder = Path.Combine(_out.Path, "never");
        Assert.Equal(ExitCodes.InvalidInput, Iop("export", "careplans", "--recipient", "county-ehr", "--format", "ndjson", "--out", folder).ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("export", "careplans", "--recipient", "county-ehr", "--all", "--cohort", CohortId, "--format", "ndjson", "--out", folder).ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("export", "careplans", "--recipient", "county-ehr", "--all", "--format", "xml", "--out", folder).ExitCode);
        Assert.Equal(ExitCodes.InvalidInput, Iop("export", "careplans", "--all", "--format", "ndjson", "--out", folder).ExitCode);
        Assert.Equal(ExitCodes.NotFound, Iop("export", "careplans", "--recipient", "nowhere", "--all", "--format", "ndjson", "--out", folder).ExitCode);
        var since = Iop("export", "careplans", "--recipient", "county-ehr", "--all", "--format", "ndjson", "--out", folder, "--since", "2027-01-05T05:00");
        Assert.Equal(ExitCodes.InvalidInput, since.ExitCode);
        Assert.Contains("is not an instant for --since", since.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void PlanDefinitionAndSettings()
    {
        var file = Path.Combine(_out.Path, "matrix.json");
        var plan = Iop("export", "plandefinition", "--curriculum", Repo.Matrix, "--out", file, "--base", "https://fhir.example.org");
        AssertOk(plan);
        Assert.Equal($"exported PlanDefinition 1, ActivityDefinition 92 (93 resources) to {file}\n", plan.Out);
        Assert.Contains("\"url\": \"https://fhir.example.org/PlanDefinition/matrix-16-week\"", File.ReadAllText(file), StringComparison.Ordinal);

        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--tz", "America/Los_Angeles"));
        var settings = Iop("export", "settings", "--program", "eastside", "--client-id-system", "urn:oid:2.16.840.1.113883.3.1234", "--test-results", "include");
        AssertOk(settings);
        Assert.Equal("program eastside: client ids as urn:oid:2.16.840.1.113883.3.1234; test results exported as Observations\n", settings.Out);
        Assert.Equal("program eastside: client ids as urn:iop:eastside:client (default); test results exported as Observations\n",
            Iop("export", "settings", "--program", "eastside", "--client-id-system", "").Out);
        Assert.Equal(ExitCodes.InvalidInput, Iop("export", "settings", "--program", "eastside", "--client-id-system", "not a uri").ExitCode);
        Assert.Equal(ExitCodes.NotFound, Iop("export", "settings", "--program", "westside").ExitCode);
    }
}
