using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary><c>iop guides session</c> and <c>iop guides week</c> end to end: files, names, refusals and the missing-Chromium message.</summary>
public sealed class GuidesCommandsTests : IDisposable
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly string MatrixClient = Path.Combine(Repo.Root, "workflows", "matrix-client.yaml");

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"iop-guides-cli-tests-{Guid.NewGuid():N}.db");
    private readonly TempFolder _out = new();
    private readonly FakeTimeProvider _clock = new(new LocalDateTime(2027, 1, 20, 9, 0).InZoneStrictly(LosAngeles).ToDateTimeOffset());

    public void Dispose()
    {
        _out.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private CliResult Iop(params string[] args) => Cli.Tests.Iop.On(_clock, [.. args, "--db", _database]);

    private static void AssertOk(CliResult result) => Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");

    [Fact]
    public void ASessionPreviewIsWrittenAsHtmlNamedForTheCurriculumAndSession()
    {
        var result = Iop("guides", "session", "--curriculum", Repo.Matrix, "--session", "rp3", "--out", _out.Path);

        AssertOk(result);
        var file = Path.Combine(_out.Path, "matrix-16-week_RP-03.html");
        Assert.Equal($"wrote {file}\n", result.Out);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("RP 3: Avoiding Relapse Drift", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"roster\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RP 99", "no session RP 99 in matrix-16-week")]
    [InlineData("relapse", "'relapse' is not a session code")]
    public void AnUnknownSessionIsRefusedWithExitCodeTwo(string session, string message)
    {
        var result = Iop("guides", "session", "--curriculum", Repo.Matrix, "--session", session, "--out", _out.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void NextWeeksPacketIsOneCommandAndNamesClientsByTheProgramsStyle()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar, "--roster-names", "initials"));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix, "--workflow", MatrixClient, "--start", "2027-01-25"));
        AssertOk(Iop("client", "enroll", "--cohort", "eastside-2027-01-25", "--client", "C-1001", "--given", "Ana", "--family", "Lopez"));
        AssertOk(Iop("client", "enroll", "--cohort", "eastside-2027-01-25", "--client", "C-1002", "--given", "Ben", "--family", "Okafor"));

        var result = Iop("guides", "week", "--cohort", "eastside-2027-01-25", "--out", _out.Path);

        AssertOk(result);
        var file = Path.Combine(_out.Path, "2027-01-25_eastside-2027-01-25_week-01.html");
        Assert.Equal($"wrote {file}\n", result.Out);
        var html = File.ReadAllText(file);
        Assert.Contains("Week 1 facilitator packet", html, StringComparison.Ordinal);
        Assert.Contains("A. L.", html, StringComparison.Ordinal);
        Assert.Contains("B. O.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lopez", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana L.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeekOutsideTheCohortOrAnUnknownCohortIsRefused()
    {
        AssertOk(Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--calendar", Repo.LosAngelesCalendar));
        AssertOk(Iop("cohort", "create", "--program", "eastside", "--curriculum", Repo.Matrix, "--workflow", MatrixClient, "--start", "2027-01-25"));

        var outside = Iop("guides", "week", "--cohort", "eastside-2027-01-25", "--week", "17", "--out", _out.Path);
        var unknown = Iop("guides", "week", "--cohort", "westside", "--week", "1", "--out", _out.Path);

        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("runs weeks 1 to 16", outside.Error, StringComparison.Ordinal);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public void AnUnknownRosterStyleIsRefused()
    {
        var result = Iop("program", "create", "--id", "eastside", "--name", "Eastside IOP", "--tz", "America/Los_Angeles", "--roster-names", "full-name");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--roster-names: rosters cannot name clients as 'full-name': use one of first-name-last-initial, initials, client-id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutChromiumPdfSaysHowToInstallItAndExitsOneWhileHtmlStillWorks()
    {
        var nowhere = Path.Combine(_out.Path, "no-chromium-here");
        var pdf = await RunIop(nowhere, "guides", "session", "--curriculum", Repo.Matrix, "--session", "RP 3", "--format", "pdf", "--out", _out.Path);
        var html = await RunIop(nowhere, "guides", "session", "--curriculum", Repo.Matrix, "--session", "RP 3", "--out", _out.Path);

        Assert.Equal(1, pdf.ExitCode);
        Assert.Equal("", pdf.Out);
        Assert.Equal(
            $"error: PDF needs Chromium, and IOP_CHROMIUM names {nowhere}, which does not exist. Install it with `apt-get install chromium` (Debian/Ubuntu) " +
            "or set IOP_CHROMIUM to its path; HTML output (--format html) works without it.\n",
            pdf.Error.ReplaceLineEndings("\n"));
        Assert.Equal(0, html.ExitCode);
        Assert.Equal(["matrix-16-week_RP-03.html"], Directory.GetFiles(_out.Path).Select(Path.GetFileName));
    }

    /// <summary>The built program as a separate process, with <c>IOP_CHROMIUM</c> set for it alone.</summary>
    private static async Task<CliResult> RunIop(string chromium, params string[] args)
    {
        var start = new ProcessStartInfo(IopProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.Environment["IOP_CHROMIUM"] = chromium;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "iop.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }

}
