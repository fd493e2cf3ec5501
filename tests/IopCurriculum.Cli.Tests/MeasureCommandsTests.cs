using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop measure</c> and <c>iop program measures</c> end to end in process, with their exit codes.</summary>
public sealed class MeasureCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-measure-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new LocalDateTime(2027, 1, 4, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());
    private readonly TempFolder _folder = new();

    public MeasureCommandsTests()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix, "--workflow", Repo.MatrixClientV3, "--start", "2027-01-04"));
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1", "--given", "Alex", "--family", "One", "--week", "1"));
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

    private CliResult Record(string answers, string measure = "PHQ9", string date = "2027-01-04") =>
        Iop("measure", "record", "--cohort", CohortId, "--client", "C-1", "--measure", measure, "--date", date, "--answers", answers, "--by", "dana");

    [Fact]
    public void APhq9IsRecordedListedAndStruck()
    {
        var recorded = Record("1=2,2=2,3=1,4=1,5=1,6=1,7=1,8=1,9=0");
        AssertOk(recorded);
        Assert.StartsWith("C-1 PHQ9 2027-01-04: 10 (Moderate) (measure ", recorded.Out, StringComparison.Ordinal);

        var bam = Record("4=0,5=1,6=2", measure: "bam");
        AssertOk(bam);
        Assert.Contains("Use 3; Risk factors not scored: 6 items missing; Protective factors not scored: 7 items missing", bam.Out, StringComparison.Ordinal);

        var list = Iop("measure", "list", "--cohort", CohortId, "--client", "C-1");
        AssertOk(list);
        var id = list.Out.Split('\t')[0];
        AssertOk(Iop("measure", "strike", "--cohort", CohortId, "--id", id, "--reason", "another client's answers", "--by", "lee"));
        Assert.Contains("entered in error (lee: another client's answers)", Iop("measure", "list", "--cohort", CohortId, "--client", "C-1").Out, StringComparison.Ordinal);
        Assert.Equal(4, Iop("measure", "strike", "--cohort", CohortId, "--id", id, "--reason", "again").ExitCode);
    }

    [Fact]
    public void ItemNineAboveZeroPrintsTheAlertAndTheJournalStep()
    {
        var recorded = Record("9=1");
        AssertOk(recorded);
        Assert.Contains("not scored: 8 items missing", recorded.Out, StringComparison.Ordinal);
        Assert.Contains("attention: item 9 answered above its critical point", recorded.Out, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 item 9 above 0 needs a same-day safety check", recorded.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1=x", 2, "--answers '1=x': write each answer as ITEM=POINTS")]
    [InlineData("1=1,1=2", 2, "--answers '1=1,1=2'")]
    [InlineData("1=7", 2, "7 is not an answer to Patient Health Questionnaire-9 (PHQ-9) item 1")]
    public void BadAnswersAreRefused(string answers, int exit, string message)
    {
        var refused = Record(answers);
        Assert.Equal(exit, refused.ExitCode);
        Assert.Contains(message, refused.Error, StringComparison.Ordinal);
        Assert.Contains("no measures recorded", Iop("measure", "list", "--cohort", CohortId, "--client", "C-1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownMeasureIsNotFoundAndAFutureDateInvalid()
    {
        var unknown = Record("1=1", measure: "PHQ2");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("there is no measure 'PHQ2'", unknown.Error, StringComparison.Ordinal);
        var future = Record("1=1", date: "2027-01-05");
        Assert.Equal(2, future.ExitCode);
        Assert.Contains("is in the future", future.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDueListAndTheProgramScheduleFollowEachOther()
    {
        Assert.Equal("C-1\tPHQ9\tdue this week\nC-1\tGAD7\tdue this week\nC-1\tBAM\tdue this week\nC-1\tCRAVING\tdue this week\n",
            Iop("measure", "due", "--cohort", CohortId).Out.ReplaceLineEndings("\n"));
        var file = _folder.Write("schedule.yaml", "measures:\n  - { measure: BAM, from_week: 1, every_weeks: 1 }\n");
        var set = Iop("program", "measures", "--program", "eastside", "--file", file);
        AssertOk(set);
        Assert.Equal("BAM\tin week 1, then every week\n", set.Out.ReplaceLineEndings("\n"));
        Assert.Equal("C-1\tBAM\tdue this week\n", Iop("measure", "due", "--cohort", CohortId).Out.ReplaceLineEndings("\n"));

        var bad = _folder.Write("bad.yaml", "measures:\n  - { measure: BAMM, every_weeks: 1 }\n");
        var refused = Iop("program", "measures", "--program", "eastside", "--file", bad);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{bad}:2:16: error: no instrument is called 'BAMM' (did you mean 'BAM'?)", refused.Error, StringComparison.Ordinal);
        AssertOk(Iop("program", "measures", "--program", "eastside", "--shipped"));
        Assert.Contains("PHQ9\tin week 1, then every 2 weeks", Iop("program", "measures", "--program", "eastside").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InstrumentsAreListedShownAndValidated()
    {
        Assert.Contains("PHQ9\tPatient Health Questionnaire-9 (PHQ-9)\t10 items\tscores: total", Iop("measure", "instruments").Out, StringComparison.Ordinal);
        var shown = Iop("measure", "instruments", "--show", "gad7");
        Assert.Contains("score total (Total score): items 1, 2, 3, 4, 5, 6, 7: 0-4 Minimal, 5-9 Mild, 10-14 Moderate, 15-21 Severe", shown.Out, StringComparison.Ordinal);
        Assert.Contains("Terms: No permission required", shown.Out, StringComparison.Ordinal);

        AssertOk(Iop("measure", "validate", Path.Combine(Repo.Root, "curricula", "measures", "bam.yaml")));
        var broken = _folder.Write("broken.yaml", File.ReadAllText(Path.Combine(Repo.Root, "curricula", "measures", "craving.yaml")).Replace("answers: scale", "answers: scales", StringComparison.Ordinal));
        var invalid = Iop("measure", "validate", broken);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("error: no answer list is called 'scales' (did you mean 'scale'?)", invalid.Error, StringComparison.Ordinal);
    }
}
