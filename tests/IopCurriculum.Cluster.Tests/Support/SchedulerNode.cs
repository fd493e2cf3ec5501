using System.Collections.Concurrent;
using System.Diagnostics;
using IopCurriculum.Testing.Clocks;

namespace IopCurriculum.Cluster.Tests.Support;

/// <summary>
/// One <c>iop scheduler run</c> process on the test's database and fast clock. Its output is kept for
/// the failure message and for telling which node did what.
/// </summary>
internal sealed class SchedulerNode : IDisposable
{
    private static readonly string IopDll = Path.Combine(AppContext.BaseDirectory, "iop.dll");
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public SchedulerNode(string name, string database, FastClock clock)
    {
        Name = name;
        var start = new ProcessStartInfo(IopProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in new[] { IopDll, "--db", database, "scheduler", "run", "--no-actions" }) start.ArgumentList.Add(arg);
        foreach (var (variable, value) in clock.ProcessEnvironment()) start.Environment[variable] = value;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue("stderr: " + e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Cohort weeks this node ended, as its log tells.</summary>
    public int WeeksEnded => _lines.Count(l => l.Contains(" ended", StringComparison.Ordinal) && l.Contains(": week ", StringComparison.Ordinal));

    /// <summary>SIGKILL: no shutdown, no chance to release anything it holds.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string Tail(int count = 25) =>
        $"--- {Name} ({(_process.HasExited ? $"exited {_process.ExitCode}" : "running")}):\n" + string.Join('\n', _lines.TakeLast(count));

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

}
