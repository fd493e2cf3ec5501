using System.Diagnostics;

namespace IopCurriculum.Cli.Tests;

/// <summary>The built <c>iop</c> program run as a real process: exit codes and the two output streams.</summary>
public class ProcessEntryPointTests
{
    private static readonly string IopDll = Path.Combine(AppContext.BaseDirectory, "iop.dll");

    private static async Task<CliResult> RunIop(params string[] args)
    {
        Assert.True(File.Exists(IopDll), $"iop.dll should be copied next to the tests, at {IopDll}");
        var start = new ProcessStartInfo(IopProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(IopDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }


    [Fact]
    public async Task AValidCommandExitsWithZeroAndWritesToStandardOutput()
    {
        var result = await RunIop("curriculum", "validate", Repo.Matrix);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("matrix-16-week 1.0.0 is valid", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task AnInvalidCommandExitsWithTwoAndWritesToStandardError()
    {
        var result = await RunIop("plan", "--curriculum", Repo.Matrix, "--start", "2027-13-45", "--tz", "America/Los_Angeles");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("'2027-13-45' is not a valid date for --start", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARelativeCurriculumPathIsReadFromTheWorkingDirectory()
    {
        var result = await RunIop("plan", "--curriculum", "curricula/matrix-16-week", "--start", "2027-01-04",
            "--calendar", "curricula/matrix-16-week/calendars/example-los-angeles.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Week 16:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Martin Luther King Jr. Day", result.Out, StringComparison.Ordinal);
    }
}
