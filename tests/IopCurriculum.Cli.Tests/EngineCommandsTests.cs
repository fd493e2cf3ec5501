using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary>
/// The engine's commands end to end, in process, on a temporary database and a fake clock: a program,
/// a cohort, a client, attendance, a result, status, a manual advance and the journal, with the exit
/// codes and messages of refusals.
/// </summary>
public sealed class EngineCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly string MatrixClient = Path.Combine(Repo.Root, "workflows", "matrix-client.yaml");
    private static readonly string Contingency = Path.Combine(Repo.Root, "workflows", "contingency-management.yaml");

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(At(new LocalDateTime(2027, 1, 1, 9, 0)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private static DateTimeOffset At(LocalDateTime local) => local.InZoneStrictly(LosAngeles).ToDateTimeOffset();

    private CliResult Iop(params string[] args) => Run(_clock, [.. args, "--db", _database]);

    private static CliResult Run(TimeProvider clock, string[] args) => Cli.Tests.Iop.On(clock, args);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    private void CreateProgramAndCohort()
    {
        var program = Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar);
        AssertOk(program);
        Assert.Equal("program eastside created: Eastside IOP, America/Los_Angeles, calendar example-los-angeles.yaml\n", program.Out);

        var cohort = Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", MatrixClient, "--workflow", Contingency, "--start", "2027-01-04");
        AssertOk(cohort);
        Assert.Equal($"cohort {CohortId} created: matrix-16-week from 2027-01-04, 16 weeks, open groups\n", cohort.Out);
    }

    [Fact]
    public void ACohortFromCreationToTheJournal()
    {
        CreateProgramAndCohort();

        var enrol = Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1001", "--given", "Alex", "--family", "Example", "--week", "1", "--by", "dana");
        AssertOk(enrol);
        Assert.Equal(
            $"client C-1001 enrolled in {CohortId} from week 1\n" +
            "  workflow instance 1: intake-assessment\n" +
            "  workflow instance 2: baseline\n" +
            "  booked IC 1 week 1 2027-01-04 16:45 Office 2\n" +
            "  booked IC 2 week 8 2027-02-22 16:45 Office 2\n" +
            "  booked IC 3 week 16 2027-04-19 16:45 Office 2\n",
            enrol.Out);

        _clock.SetUtcNow(At(new LocalDateTime(2027, 1, 4, 17, 40)));
        var attendance = Iop("attendance", "record", "--cohort", CohortId, "--client", "C-1001", "--session", "IC 1", "--status", "attended", "--by", "dana");
        AssertOk(attendance);
        Assert.Equal("C-1001 attended IC 1 week 1 2027-01-04 16:45 Office 2\n  intake-assessment -> orientation (session-recorded)\n", attendance.Out);

        var result = Iop("result", "record", "--cohort", CohortId, "--client", "C-1001", "--date", "2027-01-04", "--result", "negative", "--by", "dana");
        AssertOk(result);
        Assert.Equal("C-1001 urine 2027-01-04: negative\n  baseline -> reward-1 (test-result)\n", result.Out);

        var status = Iop("cohort", "status", "--cohort", CohortId);
        AssertOk(status);
        Assert.Contains($"Cohort {CohortId} - Eastside IOP\n", status.Out, StringComparison.Ordinal);
        Assert.Contains("  week 1 of 16; weeks ended: 0; next boundary 2027-01-11 00:00\n", status.Out, StringComparison.Ordinal);
        Assert.Matches(@"C-1001\s+Alex E\.\s+1\s+0\s+matrix-client v1\s+orientation\s+0\s+IC:1\s+negative urine 2027-01-04", status.Out);
        Assert.Matches(@"\n\s+contingency-management v1\s+reward-1\s", status.Out);

        var list = Iop("cohort", "list");
        AssertOk(list);
        Assert.Matches($@"\n{CohortId}\s+eastside\s+matrix-16-week\s+2027-01-04\s+0 of 16\s+open\s+1\n", list.Out);

        // Week 1 has begun, so it may be ended by hand; a second try says who ended it.
        var advance = Iop("cohort", "advance", "--cohort", CohortId, "--reason", "closing the week early for the audit", "--by", "dana");
        AssertOk(advance);
        Assert.Equal(
            $"{CohortId}: week 1 ended\n" +
            $"  {CohortId} week 1: instance 1 orientation -> early-recovery\n" +
            "  1 instance(s) stayed in their stage\n",
            advance.Out);
        var again = Iop("cohort", "advance", "--cohort", CohortId, "--week", "1", "--reason", "again", "--by", "sam");
        AssertOk(again);
        Assert.Equal($"week 1 of cohort {CohortId} was already ended by dana at 2027-01-04 17:40 (America/Los_Angeles); nothing to do\n", again.Out);

        var journal = Iop("journal", "--cohort", CohortId, "--changes");
        AssertOk(journal);
        var lines = journal.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at (local)", lines[0], StringComparison.Ordinal);
        Assert.Collection(lines.Skip(2),
            l => Assert.Matches(@"^2027-01-01 09:00\s+eastside-2027-01-04\s+0\s+\(cohort\)\s+cohort-created\s+week 1\s", l),
            l => Assert.Matches(@"^2027-01-01 09:00\s+eastside-2027-01-04\s+1\s+C-1001\s+matrix-client\s+enrol\s+intake-assessment\s+dana\s", l),
            l => Assert.Matches(@"^2027-01-01 09:00\s+eastside-2027-01-04\s+1\s+C-1001\s+contingency-management\s+enrol\s+baseline\s+dana\s", l),
            l => Assert.Matches(@"^2027-01-04 17:40\s+eastside-2027-01-04\s+1\s+C-1001\s+matrix-client\s+session-recorded\s+intake-assessment -> orientation\s+dana", l),
            l => Assert.Matches(@"^2027-01-04 17:40\s+eastside-2027-01-04\s+1\s+C-1001\s+contingency-management\s+test-result\s+baseline -> reward-1\s+dana", l),
            l => Assert.Matches(@"^2027-01-04 17:40\s+eastside-2027-01-04\s+1\s+\(cohort\)\s+week-elapsed\s+week 1 -> week 2\s+dana\s+closing the week early for the audit\s+render-guides #\d+: waiting$", l),
            l => Assert.Matches(@"^2027-01-04 17:40\s+eastside-2027-01-04\s+1\s+C-1001\s+matrix-client\s+week-elapsed\s+orientation -> early-recovery\s+dana\s+a week in orientation is enough", l));
    }

    [Fact]
    public void RefusalsExitWithTheirCodesAndSayWhy()
    {
        CreateProgramAndCohort();
        AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1001", "--given", "Alex", "--family", "Example"));

        // 2: invalid input, from the engine and from the parser.
        var past = Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix, "--workflow", MatrixClient, "--start", "2026-12-28");
        Assert.Equal((2, ""), (past.ExitCode, past.Out));
        Assert.Equal("error: --start: the start date 2026-12-28 is in the past: today is 2027-01-01 in America/Los_Angeles\n", past.Error);
        var badDate = Iop("result", "record", "--cohort", CohortId, "--client", "C-1001", "--date", "4 Jan", "--result", "negative");
        Assert.Equal(2, badDate.ExitCode);
        Assert.StartsWith("error: '4 Jan' is not a valid date for --date; write it as YYYY-MM-DD", badDate.Error, StringComparison.Ordinal);
        var notBegun = Iop("cohort", "advance", "--cohort", CohortId, "--reason", "too soon");
        Assert.Equal(2, notBegun.ExitCode);
        Assert.Equal($"error: week 1 of cohort {CohortId} has not begun (it starts 2027-01-04; today is in week 0)\n", notBegun.Error);

        // 3: not found, with a hint.
        var unknown = Iop("client", "enroll", "--cohort", "eastside-2027-01-05", "--client", "C-1002", "--given", "Blake", "--family", "Sample");
        Assert.Equal((3, "error: no cohort 'eastside-2027-01-05' (did you mean 'eastside-2027-01-04'?)\n"), (unknown.ExitCode, unknown.Error));
        var program = Iop("cohort", "create", "--program", "eastsid", "--curriculum", Repo.Matrix, "--workflow", MatrixClient, "--start", "2027-01-11");
        Assert.Equal((3, "error: no program 'eastsid' (did you mean 'eastside'?)\n"), (program.ExitCode, program.Error));

        // 4: conflicts.
        var twice = Iop("client", "enroll", "--cohort", CohortId, "--client", "C-1001");
        Assert.Equal((4, $"error: client C-1001 is already enrolled in cohort {CohortId} (from week 1)\n"), (twice.ExitCode, twice.Error));
        var cohortAgain = Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix, "--workflow", MatrixClient, "--start", "2027-01-04");
        Assert.Equal((4, $"error: --id: cohort '{CohortId}' already exists; give it another id\n"), (cohortAgain.ExitCode, cohortAgain.Error));

        // None of it was written.
        var journal = Iop("journal", "--cohort", CohortId);
        Assert.Equal(3, journal.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 2);
    }

    [Fact]
    public void SimulatingSixteenWeeksPrintsAJournalThatReachesCompletedAndRepeatsForTheSameSeed()
    {
        string[] args = ["cohort", "simulate", "--weeks", "16", "--seed", "7", "--curriculum", Repo.Matrix,
            "--workflow", MatrixClient, "--workflow", Contingency, "--calendar", Repo.LosAngelesCalendar];

        var first = Run(_clock, args);
        var second = Run(_clock, args);

        AssertOk(first);
        Assert.Matches(@"\n\d{4}-\d\d-\d\d \d\d:\d\d\s+simulated-2027-01-04\s+16\s+C-\d{4}\s+matrix-client\s+week-elapsed\s+aftercare-plan -> completed\s", first.Out);
        Assert.Contains("Cohort simulated-2027-01-04 - Simulated program", first.Out, StringComparison.Ordinal);
        Assert.Contains("finished; weeks ended: 16", first.Out, StringComparison.Ordinal);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal("", first.Error);
    }
}
