using System.Diagnostics;

namespace IopCurriculum.Bench;

/// <summary>The median time and the bytes allocated per run of a piece of work, after a warm-up.</summary>
internal sealed record Measurement(string Name, TimeSpan Median, long AllocatedBytes)
{
    /// <summary>
    /// Measures a piece of work and its floor in alternating runs, so that both meet the same machine
    /// state (JIT tiers, GC, other load) and their ratio is fair.
    /// </summary>
    public static (Measurement Work, Measurement Floor) Pair(string name, Action work, string floorName, Action floor, int runs)
    {
        for (var i = 0; i < 3; i++)
        {
            work();
            floor();
        }
        var workRuns = new List<(TimeSpan, long)>(runs);
        var floorRuns = new List<(TimeSpan, long)>(runs);
        for (var i = 0; i < runs; i++)
        {
            workRuns.Add(Once(work));
            floorRuns.Add(Once(floor));
        }
        return (Summarise(name, workRuns), Summarise(floorName, floorRuns));
    }

    private static (TimeSpan Time, long Bytes) Once(Action work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        return (watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static Measurement Summarise(string name, List<(TimeSpan Time, long Bytes)> runs)
    {
        var times = runs.Select(r => r.Time).Order().ToList();
        return new Measurement(name, times[times.Count / 2], runs[^1].Bytes);
    }
}
