using System.Text.RegularExpressions;

namespace IopCurriculum.Cli.Tests;

/// <summary>iop --help lists the commands, a command's --help its options; an unknown command is a usage error.</summary>
public sealed class HelpTests
{
    [Fact]
    public void HelpListsTheCommandsAndSucceeds()
    {
        var result = Iop.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(new Regex(@"^\s+curriculum\s+Check and read curricula\.", RegexOptions.Multiline), result.Out);
        Assert.Matches(new Regex(@"^\s+plan\s+Lay a curriculum out", RegexOptions.Multiline), result.Out);
    }

    [Fact]
    public void PlanHelpListsItsOptions()
    {
        var result = Iop.Run("plan", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--curriculum", "--start", "--tz", "--calendar", "--weeks", "--open", "--seed", "--format" })
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommandAtAllIsAUsageError()
    {
        var result = Iop.Run("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
