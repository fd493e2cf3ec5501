using System.Diagnostics;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace IopCurriculum.Scheduling.Tests;

/// <summary>
/// The real scheduler — Quartz with its persistent store in the same SQLite file — driven by a fake
/// clock: it ends a week when the clock passes the boundary, and after downtime each missed boundary is
/// ended exactly once.
/// </summary>
public sealed class QuartzCatchUpTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task RunningSchedulerEndsTheWeekWhenTheClockPassesTheBoundary()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        var cohort = Setup(h);

        using (var host = await Start(h))
        {
            Assert.Empty(CohortWeekKeys(h, cohort));

            // Monday 2027-01-11 00:00 ends week 1; the wake-up fires five minutes later.
            h.SetLocal(new LocalDateTime(2027, 1, 11, 0, CohortSchedules.MinutesPastBoundary, 30));
            await Until(h, () => CohortWeekKeys(h, cohort).Count == 1);
            await host.StopAsync();
        }

        var entry = Assert.Single(h.Journal(), j => j.OccurrenceKey == $"cohort/{cohort}/week/1");
        Assert.Equal(Actors.Scheduler, entry.Actor);
        Assert.All(InstanceIds(h, cohort), id => Assert.Single(h.Journal(), j => j.OccurrenceKey == $"instance/{id}/week-elapsed/1"));
    }

    [Fact]
    public async Task SchedulerStoppedAcrossThreeBoundariesCatchesEachUpExactlyOnce()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        var cohort = Setup(h);

        using (var host = await Start(h))
        {
            h.SetLocal(new LocalDateTime(2027, 1, 11, 0, CohortSchedules.MinutesPastBoundary, 30));
            await Until(h, () => CohortWeekKeys(h, cohort).Count == 1);
            await host.StopAsync();
        }

        // Down from Monday of week 2 until the Wednesday of week 5: boundaries 2, 3 and 4 pass unseen.
        h.SetLocal(new LocalDateTime(2027, 2, 3, 10, 0));
        Assert.Single(CohortWeekKeys(h, cohort));

        using (var host = await Start(h))
        {
            await Until(h, () => CohortWeekKeys(h, cohort).Count == 4);
            // Quartz's own misfire (fire once and proceed) runs the job as well; it must find nothing to do.
            await Task.Delay(TimeSpan.FromSeconds(1));
            await host.StopAsync();
        }

        var keys = CohortWeekKeys(h, cohort);
        Assert.Equal([$"cohort/{cohort}/week/1", $"cohort/{cohort}/week/2", $"cohort/{cohort}/week/3", $"cohort/{cohort}/week/4"], keys);
        foreach (var id in InstanceIds(h, cohort))
            for (var week = 1; week <= 4; week++)
                Assert.Single(h.Journal(), j => j.OccurrenceKey == $"instance/{id}/week-elapsed/{week}");
        Assert.Equal(4, h.Journal().Count(j => j.InstanceId == null && j.Trigger == "week-elapsed"));
    }

    [Fact]
    public async Task LongJumpOfARunningClockFiresOnceAndEndsEveryWeekPassed()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        var cohort = Setup(h);

        using (var host = await Start(h))
        {
            h.SetLocal(new LocalDateTime(2027, 2, 1, 0, CohortSchedules.MinutesPastBoundary + 1));
            // After the jump the clock keeps running, as a real one would; Quartz's misfire handling wakes on it.
            await Until(() => CohortWeekKeys(h, cohort).Count == 4, () => h.Clock.Advance(TimeSpan.FromSeconds(20)));
            await host.StopAsync();
        }

        Assert.Equal(4, CohortWeekKeys(h, cohort).Count);
        Assert.All(h.Journal().Where(j => j.InstanceId == null && j.Trigger == "week-elapsed"), j => Assert.Equal(Actors.Scheduler, j.Actor));
    }

    private static string Setup(EngineHarness h)
    {
        h.CreateProgram();
        var cohort = h.CreateCohort(new LocalDate(2027, 1, 4)).Id;
        h.Enrol(cohort, "C-1", 1);
        h.Enrol(cohort, "C-2", 1);
        return cohort;
    }

    private static async Task<IHost> Start(EngineHarness h)
    {
        var host = SchedulerHost.Build(h.DatabasePath, h.Clock, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await host.StartAsync();
        return host;
    }

    private static List<string> CohortWeekKeys(EngineHarness h, string cohort) =>
        [.. h.Journal().Where(j => j.InstanceId == null && j.OccurrenceKey.StartsWith($"cohort/{cohort}/week/", StringComparison.Ordinal)).Select(j => j.OccurrenceKey)];

    private static List<long> InstanceIds(EngineHarness h, string cohort) =>
        [.. h.Journal().Where(j => j.CohortId == cohort && j.InstanceId != null).Select(j => j.InstanceId!.Value).Distinct()];

    /// <summary>
    /// Waits in real time for the scheduler's thread to catch up with the fake clock, which keeps running
    /// a few seconds per poll as a real one would (Quartz's misfire handling wakes on the clock).
    /// </summary>
    private static async Task Until(EngineHarness h, Func<bool> condition)
    {
        await Until(condition, () => h.Clock.Advance(TimeSpan.FromSeconds(5)));
    }

    private static async Task Until(Func<bool> condition, Action? tick = null)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience) Assert.Fail($"the scheduler did not get there within {Patience.TotalSeconds} s");
            await Task.Delay(50);
            tick?.Invoke();
        }
    }
}
