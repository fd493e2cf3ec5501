using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop note</c>, <c>iop counseling-note</c> and <c>iop billing</c> end to end in process, with the refusals' exit codes.</summary>
public sealed class NoteCommandsTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-cli-note-tests-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(At(new LocalDateTime(2027, 1, 4, 9, 0)));
    private readonly TempFolder _folder = new();

    public NoteCommandsTests()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix,
            "--workflow", Path.Combine(Repo.Root, "workflows", "matrix-client.yaml"), "--start", "2027-01-04"));
        foreach (var client in new[] { "C-1", "C-2" })
            AssertOk(Iop("client", "enroll", "--cohort", CohortId, "--client", client, "--given", "Alex", "--family", client, "--week", "1"));
        foreach (var (name, role) in new[] { ("lee", "clinical-lead"), ("sam", "facilitator"), ("fay", "facilitator") })
            AssertOk(Iop("user", "add", name, "--role", role, "--password-file", File("password.txt", "a long enough password\n")));
        AssertOk(Iop("user", "assign", "fay", "--cohort", CohortId));
        AssertOk(Iop("treatment-plan", "write", "--cohort", CohortId, "--client", "C-1", "--file", File("plan.yaml", SamplePlan.Text), "--by", "lee"));
        AssertOk(Iop("treatment-plan", "sign", "--cohort", CohortId, "--client", "C-1", "--by", "lee"));
        _clock.SetUtcNow(At(new LocalDateTime(2027, 1, 4, 21, 0)));
        foreach (var client in new[] { "C-1", "C-2" })
            AssertOk(Iop("attendance", "record", "--cohort", CohortId, "--client", client, "--session", "RP 1", "--week", "1", "--status", "attended", "--by", "fay"));
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

    private CliResult Note(params string[] args) => Iop(["note", .. args, "--cohort", CohortId]);

    private const string Notes = """
        narrative: Mapped the trigger-thought-craving chain; each member charted a recent craving.
        notes:
          - client: C-1
            minutes: 90
            goals: ["1.1"]
            data: Charted the end of a shift as her strongest trigger.
            assessment: Sees the chain early now; the shift-end plan is forming.
            plan: Call her sponsor on the drive home twice this week.
          - client: C-2
            minutes: 80
            data: Left ten minutes early for work; spoke about weekends.
            assessment: Still finds it hard to name triggers.
            plan: Bring a written list of weekend triggers to the next group.
        """;

    [Fact]
    public void ASessionsNotesAreWrittenFromAFileSignedShownAndAddedTo()
    {
        var written = Note("write", "--session", "RP 1", "--week", "1", "--file", File("notes.yaml", Notes), "--by", "fay");
        AssertOk(written);
        Assert.Equal("RP 1 on 2027-01-04: 2 draft notes saved, narrative saved\n", written.Out);

        var signed = Note("sign", "--session", "RP 1", "--week", "1", "--by", "fay");
        AssertOk(signed);
        Assert.Equal("signed by fay: C-1, C-2\n", signed.Out);
        Assert.Equal(4, Note("sign", "--session", "RP 1", "--week", "1", "--client", "C-1", "--by", "fay").ExitCode);

        AssertOk(Note("addendum", "--session", "RP 1", "--week", "1", "--client", "C-2", "--text", "Phoned the next day; on track.", "--reason", "follow-up call", "--by", "fay"));
        var shown = Note("show", "--session", "RP 1", "--week", "1");
        AssertOk(shown);
        Assert.Contains("narrative: Mapped the trigger-thought-craving chain", shown.Out, StringComparison.Ordinal);
        Assert.Contains("signed by fay 2027-01-04 21:00; 80 minutes", shown.Out, StringComparison.Ordinal);
        Assert.Contains("goal 1.1 (plan version 1): No alcohol use for 30 days in a row", shown.Out, StringComparison.Ordinal);
        Assert.Contains("addendum 1 by fay 2027-01-04 21:00 (follow-up call): Phoned the next day; on track.", shown.Out, StringComparison.Ordinal);
        Assert.Contains("Data: Charted the end of a shift", Note("show", "--client", "C-1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithProblemsIsRefusedAtItsLinesAndNothingIsSaved()
    {
        var bad = Notes.Replace("goals: [\"1.1\"]", "goals: [\"one\"]", StringComparison.Ordinal).Replace("    plan: Bring", "    mood: low\n    plan: Bring", StringComparison.Ordinal);
        var path = File("bad.yaml", bad);
        var refused = Note("write", "--session", "RP 1", "--week", "1", "--file", path, "--by", "fay");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{path}:5:13:", refused.Error, StringComparison.Ordinal);
        Assert.Contains("goal 'one'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("mood", refused.Error, StringComparison.Ordinal);
        Assert.Contains("no progress notes", Note("show", "--client", "C-1").Out, StringComparison.Ordinal);

        var tooLong = Notes.Replace("minutes: 80", "minutes: 95", StringComparison.Ordinal);
        var over = Note("write", "--session", "RP 1", "--week", "1", "--file", File("long.yaml", tooLong), "--by", "fay");
        Assert.Equal(2, over.ExitCode);
        Assert.Contains("gives 95 minutes attended, but RP 1 lasts 90", over.Error, StringComparison.Ordinal);
        Assert.Equal(3, Note("show", "--session", "RP 9", "--week", "1").ExitCode);
        Assert.Equal(2, Note("write", "--session", "RP 1", "--week", "1", "--file", File("n.yaml", Notes), "--by", "sam").ExitCode);
    }

    [Fact]
    public void TheBillingWeekIsCsvOrJsonWithEveryReasonADayWaits()
    {
        AssertOk(Note("write", "--session", "RP 1", "--week", "1", "--file", File("notes.yaml", Notes), "--by", "fay"));
        AssertOk(Note("sign", "--session", "RP 1", "--week", "1", "--client", "C-1", "--by", "fay"));
        var csv = Iop("billing", "--cohort", CohortId, "--week", "1");
        AssertOk(csv);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("cohort,program,week,date,client,minutes,minutes_by_service,H0015_met,billable,reasons", lines[0]);
        var c1 = Assert.Single(lines, l => l.Contains(",C-1,", StringComparison.Ordinal));
        Assert.StartsWith("eastside-2027-01-04,eastside,1,2027-01-04,C-1,90,RP 90,no,no,", c1, StringComparison.Ordinal);
        Assert.Contains("H0015 needs 180 minutes a day; the day has 90", c1, StringComparison.Ordinal);
        Assert.Contains("ER 1 has no attendance recorded", c1, StringComparison.Ordinal);
        var c2 = Assert.Single(lines, l => l.Contains(",C-2,", StringComparison.Ordinal));
        Assert.Contains("RP 1 has a progress note not yet signed; no signed treatment plan was in force", c2, StringComparison.Ordinal);

        var json = Iop("billing", "--cohort", CohortId, "--week", "1", "--format", "json");
        AssertOk(json);
        Assert.Contains("\"source\": \"HCPCS Level II code H0015 (CMS)", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"note\": \"signed\"", json.Out, StringComparison.Ordinal);
        Assert.Equal(2, Iop("billing", "--cohort", CohortId, "--week", "0").ExitCode);
        Assert.NotEqual(0, Iop("billing", "--cohort", CohortId, "--week", "1", "--format", "xml").ExitCode);
    }

    [Fact]
    public void CounselingNotesAreReadByTheirAuthorAndTheRolesTheProgramNames()
    {
        AssertOk(Iop("counseling-note", "write", "--cohort", CohortId, "--client", "C-1", "--text", "Grief about her father came up.", "--by", "fay"));
        Assert.Contains("fay: Grief about her father came up.", Iop("counseling-note", "show", "--cohort", CohortId, "--client", "C-1", "--by", "fay").Out, StringComparison.Ordinal);
        Assert.Contains("no counseling notes of C-1 that lee may read", Iop("counseling-note", "show", "--cohort", CohortId, "--client", "C-1", "--by", "lee").Out, StringComparison.Ordinal);
        AssertOk(Iop("program", "counseling-readers", "--program", "eastside", "--roles", "clinical-lead"));
        Assert.Contains("Grief about her father", Iop("counseling-note", "show", "--cohort", CohortId, "--client", "C-1", "--by", "lee").Out, StringComparison.Ordinal);
        AssertOk(Iop("program", "note-format", "--program", "eastside", "--format", "soap"));
        Assert.Contains("format: SOAP", Note("show", "--session", "RP 1", "--week", "1").Out, StringComparison.Ordinal);
        Assert.Equal(2, Iop("program", "note-format", "--program", "eastside", "--format", "narrative").ExitCode);
    }
}
