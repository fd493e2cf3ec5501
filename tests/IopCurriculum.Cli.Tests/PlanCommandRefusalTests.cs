using System.Text.RegularExpressions;
using static IopCurriculum.Cli.Tests.PlanRuns;

namespace IopCurriculum.Cli.Tests;

/// <summary>iop plan refuses what it cannot plan, with exit code 2 and the option or the file's place at fault.</summary>
public sealed class PlanCommandRefusalTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void FewerThanOneWeekIsRefused(string weeks)
    {
        var result = Plan("--tz", "America/Los_Angeles", "--weeks", weeks);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"--weeks must be at least 1, not {weeks}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidStartDateNamesTheOption()
    {
        var result = Iop.Run("plan", "--curriculum", Repo.Matrix, "--start", "2027-13-45", "--tz", "America/Los_Angeles");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("'2027-13-45' is not a valid date for --start", result.Error, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTimeZoneSaysItIsNotIanaAndSuggestsTheNearest()
    {
        var result = Plan("--tz", "America/Los_Angles");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("'America/Los_Angles' is not an IANA time zone", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'America/Los_Angeles'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTzOrCalendarThePlanIsRefused()
    {
        var result = Plan();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--tz", result.Error, StringComparison.Ordinal);
        Assert.Contains("--calendar", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutStartThePlanIsAUsageError()
    {
        var result = Iop.Run("plan", "--curriculum", Repo.Matrix, "--tz", "America/Los_Angeles");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--start", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'iop plan --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsAUsageError()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("--bogus", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'iop plan --help' for usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACalendarForATrackTheCurriculumLacksIsReportedAtItsPlace()
    {
        var file = _temp.Write("calendar.yaml", "program: Test\ntimezone: America/Chicago\ntracks:\n  XX: { room: A }\n");

        var result = Plan("--calendar", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(
            [$"{file}:4:3: error: the calendar sets a timetable for track XX, which curriculum matrix-16-week does not have (its tracks: IC, ER, RP, FE, SS, UA)", "1 error"],
            result.ErrorLines);
    }

    [Fact]
    public void ACalendarWithoutATimeZoneNeedsTz()
    {
        var file = _temp.Write("calendar.yaml", "program: Test\n");

        var withoutTz = Plan("--calendar", file);
        var withTz = Plan("--calendar", file, "--tz", "Europe/London");

        Assert.Equal(2, withoutTz.ExitCode);
        Assert.Matches(new Regex("^" + Regex.Escape(file) + @":\d+:\d+: error: .*'timezone'"), withoutTz.ErrorLines[0]);
        Assert.Equal(0, withTz.ExitCode);
        Assert.Contains("Time zone: Europe/London", withTz.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingCurriculumIsReported()
    {
        var result = Iop.Run("plan", "--curriculum", Path.Combine(_temp.Path, "none"), "--start", "2027-01-04", "--tz", "UTC");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no curriculum at", result.Error, StringComparison.Ordinal);
    }
}
