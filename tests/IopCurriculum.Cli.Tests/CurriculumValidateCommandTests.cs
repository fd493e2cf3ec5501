using System.Text.RegularExpressions;
using static IopCurriculum.Cli.Tests.SampleCurricula;

namespace IopCurriculum.Cli.Tests;

/// <summary>iop curriculum validate: a valid curriculum in a line, every problem as file:line:column, exit code 2 for anything wrong.</summary>
public sealed class CurriculumValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ValidateAcceptsTheMatrixCurriculum()
    {
        var result = Iop.Run("curriculum", "validate", Repo.Matrix);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("matrix-16-week 1.0.0 is valid: 6 tracks", result.Out, StringComparison.Ordinal);
        Assert.Contains("over 16 weeks", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void ValidateAcceptsTheCurriculumFileAsWellAsItsFolder()
    {
        var result = Iop.Run("curriculum", "validate", Path.Combine(Repo.Matrix, "curriculum.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("is valid", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateListsEveryProblemAsFileLineColumnAndExitsWithTwo()
    {
        var file = _temp.Write("curriculum.yaml", BrokenCurriculum);

        var result = Iop.Run("curriculum", "validate", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.ErrorLines;
        Assert.Equal("3 errors", lines[^1]);
        var problems = lines[..^1];
        Assert.Equal(3, problems.Length);
        var pattern = new Regex("^" + Regex.Escape(file) + @":\d+:\d+: error: .+$");
        Assert.All(problems, line => Assert.Matches(pattern, line));
        Assert.Contains(problems, l => l.Contains("format blocks add up to 50 minutes but the session lasts 60", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.Contains("refers to handout 'RP 9Z', which no track defines", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.Contains("unknown key 'titel'", StringComparison.Ordinal) && l.Contains("did you mean 'title'", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateCountsASingleProblemAsOneError()
    {
        _temp.Write("curriculum.yaml", BrokenCurriculum.Replace("\n        titel: typo", "", StringComparison.Ordinal)
            .Replace("[RP 9Z]", "[]", StringComparison.Ordinal));

        var result = Iop.Run("curriculum", "validate", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.Equal("1 error", result.ErrorLines[^1]);
    }

    [Fact]
    public void ValidateOfAMissingPathExitsWithTwo()
    {
        var missing = Path.Combine(_temp.Path, "nowhere");

        var result = Iop.Run("curriculum", "validate", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"no curriculum at '{missing}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateWithoutAPathIsAUsageError()
    {
        var result = Iop.Run("curriculum", "validate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'iop curriculum validate --help' for usage.", result.Error, StringComparison.Ordinal);
    }
}
