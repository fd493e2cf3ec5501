using System.Text.Json;
using System.Text.RegularExpressions;
using static IopCurriculum.Cli.Tests.PlanRuns;

namespace IopCurriculum.Cli.Tests;

/// <summary>iop plan: the Matrix curriculum laid out week by week, as text, JSON or Markdown, on a time zone or a program calendar, with closed or open groups.</summary>
public sealed class PlanCommandTests
{
    private static JsonElement[] Sessions(JsonDocument json) => [.. json.RootElement.GetProperty("sessions").EnumerateArray()];

    /// <summary>A string field, or null where the report leaves it out (topic sessions have no session code).</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public void PlanWithATimeZonePrintsEveryWeekAndTheWholeSequence()
    {
        var result = Plan("--tz", "America/Los_Angeles");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith("Matrix Model Intensive Outpatient Program (16 weeks): plan from Mon 04 Jan 2027", result.Out, StringComparison.Ordinal);
        Assert.Contains("Time zone: America/Los_Angeles", result.Out, StringComparison.Ordinal);
        Assert.Contains("Week 1: Mon 04 Jan 2027 to Sun 10 Jan 2027", result.Out, StringComparison.Ordinal);
        Assert.Contains("Week 16: Mon 19 Apr 2027 to Sun 25 Apr 2027", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Week 17", result.Out, StringComparison.Ordinal);
        Assert.Contains("RP 1 ", result.Out, StringComparison.Ordinal);
        Assert.Contains("RP 32 ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("RP 33", result.Out, StringComparison.Ordinal);
        Assert.Contains("75 sessions over 16 weeks (0 moved, 0 cancelled by closures).", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanShowsLocalTimeAndUtcBesideIt()
    {
        var result = Plan("--tz", "America/Los_Angeles");

        // RP 1 on Monday 4 January at 19:00 Pacific is 03:00 UTC the next day.
        Assert.Matches(new Regex(@"^Mon 04 Jan 2027\s+19:00-20:30\s+2027-01-05T03:00Z\s+RP 1\s", RegexOptions.Multiline), result.Out);
        // After the change to daylight time, the same 19:00 is 02:00 UTC.
        Assert.Matches(new Regex(@"^Mon 15 Mar 2027\s+19:00-20:30\s+2027-03-16T02:00Z\s+RP 21\s", RegexOptions.Multiline), result.Out);
    }

    [Fact]
    public void PlanAsJsonHasSixteenWeeksAndEverySession()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("matrix-16-week", root.GetProperty("curriculum").GetProperty("id").GetString());
        Assert.Equal("America/Los_Angeles", root.GetProperty("time_zone").GetString());
        Assert.Equal("2027-01-04", root.GetProperty("start").GetString());
        var weeks = root.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(16, weeks.Count);
        Assert.Equal(Enumerable.Range(1, 16), weeks.Select(w => w.GetProperty("number").GetInt32()));
        Assert.Equal("2027-04-19", weeks[15].GetProperty("first_day").GetString());
        var sessions = Sessions(json);
        Assert.Equal(75, sessions.Length);
        var rp1 = sessions.Single(s => Text(s, "session") == "RP 1");
        Assert.Equal("2027-01-04", rp1.GetProperty("local_date").GetString());
        Assert.Equal("19:00", rp1.GetProperty("local_start").GetString());
        Assert.Equal("2027-01-05T03:00Z", rp1.GetProperty("start_utc").GetString());
        Assert.Equal("scheduled", rp1.GetProperty("status").GetString());
        Assert.Equal(weeks.Sum(w => w.GetProperty("scheduled_minutes").GetInt32()), sessions.Sum(s => s.GetProperty("minutes").GetInt32()));
    }

    [Fact]
    public void PlanAsMarkdownStartsWithAHeading()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Matrix Model Intensive Outpatient Program (16 weeks): plan from Mon 04 Jan 2027", result.Out, StringComparison.Ordinal);
        Assert.Contains("## Week 16:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanWithTheExampleCalendarMovesTheSessionsOnMartinLutherKingJrDay()
    {
        var result = Iop.Run("plan", "--curriculum", Repo.Matrix, "--start", "2027-01-04", "--calendar", Repo.LosAngelesCalendar);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Program: Example Recovery IOP (demo)", result.Out, StringComparison.Ordinal);
        Assert.Matches(
            new Regex(@"^Tue 19 Jan 2027\s+19:00-20:30\s+\S+\s+RP 5\s.*Group room A\s+moved from Mon 18 Jan \(closed for Martin Luther King Jr\. Day\)$", RegexOptions.Multiline),
            result.Out);
        Assert.DoesNotMatch(new Regex("^Mon 18 Jan 2027", RegexOptions.Multiline), result.Out);
    }

    [Fact]
    public void PlanWithTheExampleCalendarAsJsonMarksTheMovedSessions()
    {
        var result = Iop.Run("plan", "--curriculum", Repo.Matrix, "--start", "2027-01-04", "--calendar", Repo.LosAngelesCalendar, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var moved = Sessions(json).Where(s => s.GetProperty("status").GetString() == "shifted").ToList();
        Assert.Contains(moved, s => Text(s, "session") == "RP 5");
        Assert.Contains(moved, s => Text(s, "session") == "ER 5");
        var rp5 = moved.Single(s => Text(s, "session") == "RP 5");
        Assert.Equal("2027-01-19", rp5.GetProperty("local_date").GetString());
        Assert.Equal("2027-01-18", rp5.GetProperty("original_date").GetString());
        Assert.Equal("Group room A", rp5.GetProperty("room").GetString());
        Assert.Contains("Martin Luther King Jr. Day", rp5.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TzOverridesTheCalendarsZoneButKeepsItsLocalTimes()
    {
        var result = Iop.Run("plan", "--curriculum", Repo.Matrix, "--start", "2027-01-04",
            "--calendar", Repo.LosAngelesCalendar, "--tz", "America/New_York", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("America/New_York", json.RootElement.GetProperty("time_zone").GetString());
        var rp1 = Sessions(json).Single(s => Text(s, "session") == "RP 1");
        Assert.Equal("19:00", rp1.GetProperty("local_start").GetString());
        Assert.Equal("2027-01-05T00:00Z", rp1.GetProperty("start_utc").GetString());
    }

    [Fact]
    public void TheSameSeedGivesTheSamePlan()
    {
        var first = Plan("--tz", "America/Los_Angeles", "--seed", "5", "--format", "json");
        var second = Plan("--tz", "America/Los_Angeles", "--seed", "5", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void OpenGroupsOverTwentyWeeksPrintEveryWeekWithTheGroupsStartingAgain()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--open", "--weeks", "20");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Groups: open", result.Out, StringComparison.Ordinal);
        Assert.Contains("Week 20: Mon 17 May 2027 to Sun 23 May 2027", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Week 21", result.Out, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^Mon 01 Feb 2027\s+18:00-19:00\s+\S+\s+ER 1\s", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^Mon 26 Apr 2027\s+19:00-20:30\s+\S+\s+RP 1\s", RegexOptions.Multiline), result.Out);
        Assert.DoesNotMatch(new Regex(@"\sIC \d"), result.Out);
        Assert.Contains("128 sessions over 20 weeks", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenGroupsAsJsonGiveEachSessionsBlockWeekAndCycle()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--open", "--weeks", "20", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("open", json.RootElement.GetProperty("groups").GetString());
        var weeks = json.RootElement.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 20), weeks.Select(w => w.GetProperty("number").GetInt32()));
        Assert.Equal("2027-05-23", weeks[19].GetProperty("last_day").GetString());
        var sessions = Sessions(json);
        Assert.Equal(128, sessions.Length);
        Assert.DoesNotContain(sessions, s => s.GetProperty("track").GetString() == "IC");
        var fe13 = sessions.Single(s => s.GetProperty("week").GetInt32() == 13 && s.GetProperty("track").GetString() == "FE");
        Assert.Equal("FE 1", Text(fe13, "session"));
        Assert.Equal(1, fe13.GetProperty("block_week").GetInt32());
        Assert.Equal(2, fe13.GetProperty("cycle").GetInt32());
        Assert.Equal(1, fe13.GetProperty("occurrence").GetInt32());
        Assert.Equal(weeks.Sum(w => w.GetProperty("scheduled_minutes").GetInt32()), sessions.Sum(s => s.GetProperty("minutes").GetInt32()));
    }

    [Fact]
    public void OpenGroupsAsMarkdownHaveAHeadingForEveryWeek()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--open", "--weeks", "20", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## Week 17:", result.Out, StringComparison.Ordinal);
        Assert.Contains("## Week 20:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedGroupsPastTheCurriculumHoldOnlyTheAftercareGroup()
    {
        var result = Plan("--tz", "America/Los_Angeles", "--weeks", "18", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("closed", json.RootElement.GetProperty("groups").GetString());
        Assert.Equal(18, json.RootElement.GetProperty("weeks").GetArrayLength());
        var late = Sessions(json).Where(s => s.GetProperty("week").GetInt32() > 16).ToList();
        Assert.Equal(2, late.Count);
        Assert.All(late, s => Assert.Equal("SS", s.GetProperty("track").GetString()));
        Assert.Equal(77, Sessions(json).Length);
    }
}
