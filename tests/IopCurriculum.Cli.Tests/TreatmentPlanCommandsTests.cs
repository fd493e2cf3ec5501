using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop treatment-plan</c> end to end in process: write from a file, sign, review, show, and the refusals' exit codes.</summary>
public sealed class TreatmentPlanCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-plan-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(At(new LocalDateTime(2027, 1, 4, 9, 0)));
    private readonly TempFolder _folder = new();

    public TreatmentPlanCommandsTests()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1", "--given", "Alex", "--family", "Example", "--week", "1"));
        foreach (var (name, role) in new[] { ("lee", "clinical-lead"), ("sam", "facilitator") })
            AssertOk(Iop("user", "add", name, "--role", role, "--password-file", File("password.txt", "a long enough password\n")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (System.IO.File.Exists(file)) System.IO.File.Delete(file);
        _folder.Dispose();
    }

    private static DateTimeOffset At(LocalDateTime local) => local.InZoneStrictly(LosAngeles).ToDateTimeOffset();

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    private string File(string name, string text)
    {
        var path = _folder.Sub(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private CliResult Plan(params string[] args) => Iop(["treatment-plan", .. args, "--cohort", CohortId, "--client", "C-1"]);

    [Fact]
    public void APlanIsWrittenSignedReviewedAndShown()
    {
        var written = Plan("write", "--file", File("plan.yaml", SamplePlan.Text), "--by", "lee");
        AssertOk(written);
        Assert.Equal("C-1's plan is at version 1 (draft, not yet signed)\n", written.Out);

        var signed = Plan("sign", "--client-agreed", "2027-01-04", "--by", "lee");
        AssertOk(signed);
        Assert.Equal("version 1 of C-1's plan signed by lee; review due 2027-02-03\n", signed.Out);

        _clock.SetUtcNow(At(new LocalDateTime(2027, 2, 5, 10, 0)));
        var overdue = Plan("show");
        AssertOk(overdue);
        Assert.Contains("version 1 in force; review due 2027-02-03 (OVERDUE); goals: 1 active, 0 achieved", overdue.Out, StringComparison.Ordinal);
        Assert.Contains("  diagnosis F10.20 Alcohol dependence, uncomplicated\n", overdue.Out, StringComparison.Ordinal);
        Assert.Contains("    goal (active, by 2027-02-15): No alcohol use for 30 days in a row, confirmed by breath tests.\n", overdue.Out, StringComparison.Ordinal);
        Assert.Contains("      service: Relapse Prevention groups [RP], twice weekly; lee\n", overdue.Out, StringComparison.Ordinal);
        Assert.Contains("  1  written by lee 2027-01-04 09:00, signed by lee 2027-01-04 09:00, client agreed 2027-01-04\n", overdue.Out, StringComparison.Ordinal);

        var reviewed = Plan("review", "--note", "Both goals on track.", "--by", "lee");
        AssertOk(reviewed);
        Assert.Equal("C-1's plan reviewed; next review due 2027-03-07\n", reviewed.Out);
        Assert.DoesNotContain("OVERDUE", Plan("show").Out, StringComparison.Ordinal);

        var text = Plan("show", "--version", "1");
        AssertOk(text);
        Assert.Equal(SamplePlan.Text + "\n", text.Out);
    }

    [Fact]
    public void AFileWithProblemsExitsTwoNamingEachPlaceAndStoresNothing()
    {
        var path = File("plan.yaml", SamplePlan.Text.Replace("target: 2027-02-15", "target: 2026-12-01", StringComparison.Ordinal));
        var refused = Plan("write", "--file", path, "--by", "lee");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{path}:19:17: error: 'target' 2026-12-01 is before the client's course began on 2027-01-04", refused.Error, StringComparison.Ordinal);
        Assert.Contains("no plan written yet", Plan("show").Out, StringComparison.Ordinal);

        var missing = Plan("write", "--file", _folder.Sub("absent.yaml"), "--by", "lee");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("absent.yaml", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SigningWithoutTheRoleOrTwiceIsRefusedWithItsExitCode()
    {
        AssertOk(Plan("write", "--file", File("plan.yaml", SamplePlan.Text), "--by", "lee"));
        var facilitator = Plan("sign", "--by", "sam");
        Assert.Equal(2, facilitator.ExitCode);
        Assert.Contains("only a clinical lead may sign a treatment plan", facilitator.Error, StringComparison.Ordinal);
        AssertOk(Plan("sign", "--by", "lee"));
        Assert.Equal(4, Plan("sign", "--by", "lee").ExitCode);
        Assert.Equal(2, Plan("write", "--file", File("plan2.yaml", SamplePlan.Text + "\n"), "--by", "lee").ExitCode);
        Assert.Equal(3, Plan("show", "--version", "9").ExitCode);
    }

    [Fact]
    public void TheProgramSetsTheReviewInterval()
    {
        var set = Iop("program", "plan-reviews", "--program", "eastside", "--days", "14");
        AssertOk(set);
        Assert.Equal("program eastside: plans are reviewed every 14 days (was 30)\n", set.Out);
        Assert.Equal(2, Iop("program", "plan-reviews", "--program", "eastside", "--days", "0").ExitCode);
        Assert.Equal(3, Iop("program", "plan-reviews", "--program", "westside", "--days", "14").ExitCode);
    }

    [Fact]
    public void ADischargeSummaryIsWrittenOnceTheCourseHasEnded()
    {
        var path = File("discharge.yaml", "reason: left\nsummary: Stopped coming in week 3.\naftercare:\n  referrals: [County outpatient clinic]\n");
        var early = Plan("discharge", "--file", path, "--by", "lee");
        Assert.Equal(2, early.ExitCode);
        Assert.Contains("course is still running", early.Error, StringComparison.Ordinal);

        AssertOk(Iop("client", "discharge", "--cohort", CohortId, "--client", "C-1", "--reason", "stopped attending"));
        var written = Plan("discharge", "--file", path, "--by", "lee");
        AssertOk(written);
        Assert.Equal("discharge summary of C-1 signed by lee (version 1)\n", written.Out);
        var shown = Plan("show");
        Assert.Contains("discharge summary (version 1, signed by lee 2027-01-04 09:00): left\n  Stopped coming in week 3.\n  referral: County outpatient clinic\n  continuing Social Support: no\n", shown.Out, StringComparison.Ordinal);
    }
}
