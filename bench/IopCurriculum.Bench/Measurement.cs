using System.Diagnostics;

namespace IopCurriculum.Bench;

/// <summary>The median time and the bytes allocated per run of a piece of work, after a warm-up.</summary>
internal sealed record Measurement(string Name, TimeSpan Median, long AllocatedBytes)
{
    /// <summary>Managed heap still live after the last run and a full collection, less what was live before it.</summary>
    public long RetainedBytes { get; init; }

    /// <summary>User-mode processor time of the whole process (all threads, GC included) in the median run.</summary>
    public TimeSpan UserCpu { get; init; }

    /// <summary>Kernel processor time in the median run: system calls, file writes and syncs.</summary>
    public TimeSpan KernelCpu { get; init; }

    /// <summary>
    /// Measures a piece of work and its floor in alternating runs, so that both meet the same machine
    /// state (JIT tiers, GC, other load) and their ratio is fair.
    /// </summary>
    public static (Measurement Work, Measurement Floor) Pair(string name, Action work, string floorName, Action floor, int runs) =>
        Pair(name, null, work, floorName, null, floor, runs, warmups: 3);

    /// <summary>
    /// As <see cref="Pair(string, Action, string, Action, int)"/>, with a preparation before each run of
    /// the work and of the floor (such as a fresh copy of a database file) that is not timed.
    /// </summary>
    public static (Measurement Work, Measurement Floor) Pair(
        string name, Action? prepareWork, Action work, string floorName, Action? prepareFloor, Action floor, int runs, int warmups)
    {
        for (var i = 0; i < warmups; i++)
        {
            prepareWork?.Invoke();
            work();
            prepareFloor?.Invoke();
            floor();
        }
        var workRuns = new List<(TimeSpan, long, long, TimeSpan, TimeSpan)>(runs);
        var floorRuns = new List<(TimeSpan, long, long, TimeSpan, TimeSpan)>(runs);
        for (var i = 0; i < runs; i++)
        {
            workRuns.Add(Once(prepareWork, work));
            floorRuns.Add(Once(prepareFloor, floor));
        }
        return (Summarise(name, workRuns), Summarise(floorName, floorRuns));
    }

    private static (TimeSpan Time, long Bytes, long Retained, TimeSpan User, TimeSpan Kernel) Once(Action? prepare, Action work)
    {
        prepare?.Invoke();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var live = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var (user, kernel) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        process.Refresh();
        (user, kernel) = (process.UserProcessorTime - user, process.PrivilegedProcessorTime - kernel);
        return (watch.Elapsed, bytes, GC.GetTotalMemory(forceFullCollection: true) - live, user, kernel);
    }

    private static Measurement Summarise(string name, List<(TimeSpan Time, long Bytes, long Retained, TimeSpan User, TimeSpan Kernel)> runs)
    {
        var median = runs.OrderBy(r => r.Time).ElementAt(runs.Count / 2);
        return new Measurement(name, median.Time, runs[^1].Bytes) { RetainedBytes = runs[^1].Retained, UserCpu = median.User, KernelCpu = median.Kernel };
    }
}
