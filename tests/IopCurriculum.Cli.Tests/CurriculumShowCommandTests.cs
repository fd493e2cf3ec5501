using System.Text.Json;
using System.Text.RegularExpressions;
using static IopCurriculum.Cli.Tests.SampleCurricula;

namespace IopCurriculum.Cli.Tests;

/// <summary>iop curriculum show: the tracks, one week, one track or one session, as text, JSON or Markdown.</summary>
public sealed class CurriculumShowCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ShowListsTheTracksInATable()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        foreach (var (code, name) in new[]
        {
            ("IC", "Individual and Conjoint Sessions"), ("ER", "Early Recovery Skills"), ("RP", "Relapse Prevention"),
            ("FE", "Family Education"), ("SS", "Social Support"), ("UA", "Urine and Breath-Alcohol Testing"),
        })
        {
            Assert.Contains(lines, l => l.StartsWith(code + " ", StringComparison.Ordinal) && l.Contains(name, StringComparison.Ordinal));
        }
        Assert.Contains(lines, l => l.StartsWith("Code", StringComparison.Ordinal) && l.Contains("Sessions", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("SS ", StringComparison.Ordinal) && l.Contains("13-16+", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowSessionPrintsTitleGoalsRunSheetAndHandouts()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "RP 3");

        Assert.Equal(0, result.ExitCode);
        var text = result.Out;
        Assert.StartsWith("RP 3: Avoiding Relapse Drift", text, StringComparison.Ordinal);
        Assert.Contains("Goals", text, StringComparison.Ordinal);
        Assert.Contains("Describe relapse drift", text, StringComparison.Ordinal);
        Assert.Contains("Format (90 minutes)", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^  - \+0:00\s+Check-in \(15 min\): Members give", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^  - \+0:15\s+Topic presentation and discussion \(45 min\)", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^  - \+1:00\s+Open discussion", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^  - \+1:25\s+Closing \(5 min\)", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^  - RP 3A\s+Avoiding Relapse Drift$", RegexOptions.Multiline), text);
    }

    [Fact]
    public void ShowSessionForgivesCaseAndSpacing()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "rp3");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("RP 3: Avoiding Relapse Drift", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowSessionAsJsonParsesWithTheSessionsFields()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "RP 3", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("RP 3", root.GetProperty("code").GetString());
        Assert.Equal(3, root.GetProperty("number").GetInt32());
        Assert.Equal("Avoiding Relapse Drift", root.GetProperty("title").GetString());
        Assert.Equal(90, root.GetProperty("minutes").GetInt32());
        Assert.Equal(90, root.GetProperty("format").EnumerateArray().Sum(b => b.GetProperty("minutes").GetInt32()));
        Assert.Equal(["RP 3A"], root.GetProperty("handouts").EnumerateArray().Select(h => h.GetString()));
    }

    [Fact]
    public void ShowCurriculumAsJsonParsesWithEveryTrack()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("matrix-16-week", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(16, json.RootElement.GetProperty("weeks").GetInt32());
        Assert.Equal(
            ["IC", "ER", "RP", "FE", "SS", "UA"],
            json.RootElement.GetProperty("tracks").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public void ShowAsMarkdownStartsWithAHeading()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Matrix Model Intensive Outpatient Program", result.Out, StringComparison.Ordinal);
        Assert.Contains("| Code | Track |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowSessionAsMarkdownStartsWithAHeading()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "RP 3", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# RP 3: Avoiding Relapse Drift", result.Out, StringComparison.Ordinal);
        Assert.Contains("## Format", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowWeekThirteenIncludesSocialSupportAndNotEarlyRecovery()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--week", "13");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Week 13 of 16", result.Out, StringComparison.Ordinal);
        Assert.Contains("SS Social Support", result.Out, StringComparison.Ordinal);
        Assert.Contains("RP 25", result.Out, StringComparison.Ordinal);
        Assert.Contains("RP 26", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ER Early Recovery", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FE Family Education", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowWeekOneHasNoSocialSupport()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--week", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ER Early Recovery Skills", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SS Social Support", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("0")]
    public void ShowWeekOutsideTheCurriculumExitsWithTwo(string week)
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--week", week);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains($"week {week} is outside matrix-16-week, which runs weeks 1-16", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowTrackPrintsTheTrackAndItsSessions()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--track", "fe");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("FE Family Education", result.Out, StringComparison.Ordinal);
        Assert.Contains("FE 12", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FE 13", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowUnknownTrackExitsWithTwoAndListsTheTracks()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--track", "ZZ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no track 'ZZ' in matrix-16-week; its tracks are IC, ER, RP, FE, SS, UA", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowUnknownSessionNumberSaysWhichSessionsExist()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "RP 99");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("no session RP 99 in matrix-16-week; track RP has sessions 1-32", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowSessionOfUnknownTrackListsTheTracks()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "ZZ 1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no track 'ZZ'", result.Error, StringComparison.Ordinal);
        Assert.Contains("IC, ER, RP, FE, SS, UA", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowMalformedSessionCodeShowsTheExpectedForm()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--session", "three");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'three' is not a session code", result.Error, StringComparison.Ordinal);
        Assert.Contains("\"RP 3\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowWithTwoFiltersExitsWithTwo()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--week", "3", "--session", "RP 3");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("give at most one of --week, --track and --session", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowWithAnUnknownFormatIsAUsageError()
    {
        var result = Iop.Run("curriculum", "show", Repo.Matrix, "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.Contains("pdf", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOfABrokenCurriculumListsItsProblems()
    {
        _temp.Write("curriculum.yaml", BrokenCurriculum);

        var result = Iop.Run("curriculum", "show", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("3 errors", result.ErrorLines[^1]);
    }
}
