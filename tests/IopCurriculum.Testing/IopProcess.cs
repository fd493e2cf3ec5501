using System.Diagnostics;

namespace IopCurriculum.Testing;

/// <summary>
/// How tests run the built <c>iop</c> as a process of its own (to kill it, or to run several): through
/// the dotnet host running the tests, from the repository folder, its output redirected.
/// </summary>
public static class IopProcess
{
    /// <summary>The <c>iop</c> a test project's reference to the command line copies beside it.</summary>
    public static string IopDll => Path.Combine(AppContext.BaseDirectory, "iop.dll");

    /// <summary>The dotnet host running these tests where it can be found, else the one on the PATH.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? path
        : "dotnet";

    /// <summary>What starts <c>iop</c> with <paramref name="args"/>.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(IopDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
