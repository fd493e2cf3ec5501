using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Weeks;
using IopCurriculum.Persistence;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Boundaries;

/// <summary>
/// A person ending a week by hand while the scheduler ends the same week: one of them ends it, the other
/// is told who did, and the week is journaled once.
/// </summary>
public sealed class ManualAndScheduledRaceTests
{
    private const string CohortId = "eastside-2027-01-04";
    private const string Reason = "group ran its last session early";
    private const string EndedByScheduler =
        $"week 1 of cohort {CohortId} was already ended by scheduler at 2027-01-11 00:01 (America/Los_Angeles); nothing to do";
    private const string EndedByDana =
        $"week 1 of cohort {CohortId} was already ended by dana at 2027-01-11 00:01 (America/Los_Angeles); nothing to do";

    /// <summary>A cohort with one client, the clock a minute past the end of week 1.</summary>
    private static EngineHarness Setup()
    {
        var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        h.CreateProgram();
        h.CreateCohort(new LocalDate(2027, 1, 4), [Repo.MatrixClient]);
        h.Enrol(CohortId, "A", 1);
        h.SetLocal(new LocalDateTime(2027, 1, 11, 0, 1));
        return h;
    }

    [Fact]
    public void ManualAdvanceAfterTheSchedulerIsToldWhoEndedTheWeek()
    {
        using var h = Setup();
        Assert.Equal([$"{CohortId}: week 1 ended"], h.Engine.Weeks.AdvanceDue().CohortWeeks);
        var counts = h.Counts();

        var manual = h.Engine.Weeks.Advance(CohortId, 1, "dana", Reason);

        Assert.Empty(manual.CohortWeeks);
        Assert.Equal([EndedByScheduler], manual.Skipped);
        Assert.Equal(counts, h.Counts());
        AssertWeekOneEndedOnceBy(h, "scheduler", null);
    }

    [Fact]
    public void SchedulerAfterAManualAdvanceFindsNothingDue()
    {
        using var h = Setup();
        var manual = h.Engine.Weeks.Advance(CohortId, 1, "dana", Reason);
        Assert.Equal([$"{CohortId}: week 1 ended"], manual.CohortWeeks);
        Assert.Equal(1, manual.Stays);

        var scheduled = h.Engine.Weeks.AdvanceDue();

        Assert.False(scheduled.DidAnything);
        Assert.Empty(scheduled.Skipped);
        AssertWeekOneEndedOnceBy(h, "dana", Reason);
    }

    [Fact]
    public void ManualAndScheduledAtOnceEndTheWeekOnce()
    {
        for (var run = 0; run < 10; run++)
        {
            using var h = Setup();
            var scheduler = new IopEngine(IopDatabase.Sqlite(h.DatabasePath), h.Clock);
            // Both engines have read the cohort and loaded its curriculum, so neither starts with a handicap;
            // the barrier lets them go at the same moment. Either may win.
            h.Engine.Reports.Status(CohortId);
            scheduler.Reports.Status(CohortId);
            using var start = new Barrier(2);
            AdvanceReport? manual = null, scheduled = null;

            Parallel.Invoke(
                () =>
                {
                    start.SignalAndWait();
                    manual = h.Engine.Weeks.Advance(CohortId, 1, "dana", Reason);
                },
                () =>
                {
                    start.SignalAndWait();
                    scheduled = scheduler.Weeks.AdvanceDue();
                });

            var row = Assert.Single(h.Journal(), j => j.OccurrenceKey == $"cohort/{CohortId}/week/1");
            if (row.Actor == "dana")
            {
                Assert.Equal([$"{CohortId}: week 1 ended"], manual!.CohortWeeks);
                Assert.Empty(scheduled!.CohortWeeks);
                // The scheduler either saw the week already ended, or read the cohort after it was and found nothing due.
                Assert.All(scheduled.Skipped, line => Assert.True(line == EndedByDana || line.EndsWith("already processed", StringComparison.Ordinal), line));
                AssertWeekOneEndedOnceBy(h, "dana", Reason);
            }
            else
            {
                Assert.Equal([$"{CohortId}: week 1 ended"], scheduled!.CohortWeeks);
                Assert.Empty(manual!.CohortWeeks);
                Assert.Contains(EndedByScheduler, manual.Skipped);
                AssertWeekOneEndedOnceBy(h, "scheduler", null);
            }
            // Between them the client crossed the week once.
            Assert.Equal(1, manual.Stays + scheduled.Stays);
        }
    }

    private static void AssertWeekOneEndedOnceBy(EngineHarness h, string actor, string? reason)
    {
        var journal = h.Journal();
        var boundary = Assert.Single(journal, j => j.InstanceId is null && j.Trigger == "week-elapsed");
        Assert.Equal(($"cohort/{CohortId}/week/1", actor, reason), (boundary.OccurrenceKey, boundary.Actor, boundary.Reason));
        var instance = h.Instance(CohortId, "A", "matrix-client");
        Assert.Single(journal, j => j.OccurrenceKey == $"instance/{instance.Id}/week-elapsed/1");
        Assert.Equal(1, instance.WeeksProcessed);
        using var db = h.Database.Open();
        Assert.Equal(1, db.Cohorts.Single().WeeksAdvanced);
    }
}
