using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop recipient</c>, <c>iop consent</c>, <c>iop break-glass</c> and <c>iop user acts-for</c> end to end in process, with the refusals' exit codes.</summary>
public sealed class ConsentCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-consent-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(At(new LocalDateTime(2027, 1, 4, 9, 0)));
    private readonly TempFolder _folder = new();

    public ConsentCommandsTests()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1", "--given", "Alex", "--family", "One", "--week", "1"));
        var password = _folder.Sub("password.txt");
        File.WriteAllText(password, "a long enough password\n");
        foreach (var (name, role) in new[] { ("lee", "clinical-lead"), ("ian", "integrator") })
            AssertOk(Iop("user", "add", name, "--role", role, "--password-file", password));
        AssertOk(Iop("recipient", "add", "county-ehr", "--name", "County EHR", "--by", "lee"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        _folder.Dispose();
    }

    private static DateTimeOffset At(LocalDateTime local) => local.InZoneStrictly(LosAngeles).ToDateTimeOffset();

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    [Fact]
    public void AConsentIsRecordedWithItsFormListedRevokedAndItsDisclosuresPrinted()
    {
        var form = _folder.Sub("form.pdf");
        File.WriteAllBytes(form, "%PDF-1.7 signed"u8.ToArray());
        var added = Iop("consent", "add", "--client", "C-1", "--recipient", "county-ehr", "--signed", "2027-01-04", "--witness", "Wes", "--form", form, "--by", "lee");
        AssertOk(added);
        Assert.Equal("consent 1 recorded for C-1", added.Out.Trim());
        var list = Iop("consent", "list", "--client", "C-1");
        Assert.StartsWith("1\tactive\ttpo\tCounty EHR\ttreatment,payment,operations\tall\t2027-01-04 to revoked\tsigned 2027-01-04\tform form.pdf", list.Out, StringComparison.Ordinal);

        AssertOk(Iop("user", "acts-for", "ian", "--recipient", "county-ehr", "--by", "lee"));
        AssertOk(Iop("consent", "revoke", "1", "--on", "2027-01-04", "--note", "by phone", "--by", "lee"));
        Assert.Contains("\trevoked\t", Iop("consent", "list", "--client", "C-1").Out, StringComparison.Ordinal);
        var again = Iop("consent", "revoke", "1", "--on", "2027-01-04", "--by", "lee");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("is already revoked", again.Error, StringComparison.Ordinal);

        var accounting = Iop("consent", "disclosures", "--client", "C-1");
        AssertOk(accounting);
        Assert.Equal("when_utc,recipient,recipient_name,purpose,channel,what,consent,break_glass,by", accounting.Out.Trim());
    }

    [Fact]
    public void BadConsentsExitNonZeroNamingTheProblem()
    {
        var before = Iop("consent", "add", "--client", "C-1", "--recipient", "county-ehr", "--signed", "2027-01-04", "--expires", "2027-01-02", "--by", "lee");
        Assert.NotEqual(0, before.ExitCode);
        Assert.Contains("expires on 2027-01-02, before it takes effect on 2027-01-04", before.Error, StringComparison.Ordinal);
        var unknown = Iop("consent", "add", "--client", "C-1", "--recipient", "nowhere", "--signed", "2027-01-04", "--by", "lee");
        Assert.Contains("there is no recipient 'nowhere'", unknown.Error, StringComparison.Ordinal);
        var notEnrolled = Iop("consent", "add", "--client", "C-7", "--recipient", "county-ehr", "--signed", "2027-01-04", "--by", "lee");
        Assert.Contains("there is no client 'C-7'", notEnrolled.Error, StringComparison.Ordinal);
        var hostile = _folder.Sub("form.pdf");
        File.WriteAllText(hostile, "MZ not a form");
        var refused = Iop("consent", "add", "--client", "C-1", "--recipient", "county-ehr", "--signed", "2027-01-04", "--form", hostile, "--by", "lee");
        Assert.Contains("is not a PDF, PNG or JPEG file", refused.Error, StringComparison.Ordinal);
        Assert.Equal("no consent on file for C-1", Iop("consent", "list", "--client", "C-1").Out.Trim());
    }

    [Fact]
    public void AClinicalLeadDeclaresAndEndsABreakGlass()
    {
        var declared = Iop("break-glass", "declare", "--client", "C-1", "--recipient", "county-ehr", "--reason", "Overdose in the ED", "--hours", "4", "--by", "lee");
        AssertOk(declared);
        Assert.StartsWith("break-glass 1: County EHR may read C-1's records until", declared.Out, StringComparison.Ordinal);
        Assert.Contains("Overdose in the ED", Iop("break-glass", "list").Out, StringComparison.Ordinal);
        AssertOk(Iop("break-glass", "end", "1", "--by", "lee"));
        Assert.Contains("ended by lee", Iop("break-glass", "list").Out, StringComparison.Ordinal);
        Assert.NotEqual(0, Iop("break-glass", "end", "1", "--by", "lee").ExitCode);
        Assert.NotEqual(0, Iop("break-glass", "declare", "--client", "C-1", "--recipient", "county-ehr", "--reason", "x", "--by", "ian").ExitCode);
    }
}
