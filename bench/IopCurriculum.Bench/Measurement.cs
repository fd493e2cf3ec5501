using System.Diagnostics;

namespace IopCurriculum.Bench;

/// <summary>The median time and the bytes allocated per run of a piece of work, after a warm-up.</summary>
internal sealed record Measurement(string Name, TimeSpan Median, long AllocatedBytes)
{
    public static Measurement Of(string name, int runs, Action work)
    {
        work(); // warm-up: JIT and caches
        var times = new List<TimeSpan>(runs);
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            work();
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed);
        }
        times.Sort();
        return new Measurement(name, times[runs / 2], allocated);
    }
}
