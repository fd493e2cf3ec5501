using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Weeks;
using IopCurriculum.Persistence;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Boundaries;

/// <summary>
/// The same occurrence fired twice, one after the other or from two engines on one database file at
/// once, is processed once: one journal row per key, one stage change, one revision per entry.
/// </summary>
public sealed class RepeatedOccurrenceTests
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly LocalDate Start = new(2027, 1, 4);
    private const int Boundaries = 5;

    /// <summary>
    /// A cohort with two clients, its clock at the start of week 6: A saw the counselor in week 1 and so
    /// is in orientation, B is still waiting for intake. Five boundaries are due.
    /// </summary>
    private static EngineHarness Setup()
    {
        var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        h.CreateProgram();
        h.CreateCohort(Start);
        h.SetLocal(new LocalDateTime(2027, 1, 4, 8, 0));
        var a = h.Enrol(CohortId, "A", 1);
        h.Enrol(CohortId, "B", 1);
        var intake = Assert.Single(a.Booked, s => s.TrackCode == "IC" && s.Week == 1);
        h.AfterSession(intake);
        h.Attend(CohortId, "A", intake);
        Assert.Equal("orientation", h.Instance(CohortId, "A", "matrix-client").Stage);
        h.SetLocal(new LocalDateTime(2027, 2, 8, 0, 1));
        return h;
    }

    [Fact]
    public void AdvanceDueTwiceEndsEachWeekOnceAndTheSecondCallFindsNothingDue()
    {
        using var h = Setup();

        var first = h.Engine.Weeks.AdvanceDue();
        var counts = h.Counts();
        var second = h.Engine.Weeks.AdvanceDue();

        Assert.Equal(Enumerable.Range(1, Boundaries).Select(w => $"{CohortId}: week {w} ended"), first.CohortWeeks);
        var a = h.Instance(CohortId, "A", "matrix-client");
        // Orientation gives way to early recovery after a week; the block (entered at the boundary, so
        // counting from week 2) ends after week 5 with too few groups attended and is repeated.
        Assert.Equal(
            [$"{CohortId} week 1: instance {a.Id} orientation -> early-recovery", $"{CohortId} week 5: instance {a.Id} early-recovery -> early-recovery"],
            first.Transitions);
        Assert.Equal((4 * Boundaries) - 2, first.Stays);

        Assert.False(second.DidAnything);
        Assert.Empty(second.Skipped);
        Assert.Equal(counts, h.Counts());
        AssertProcessedOnce(h);
    }

    [Fact]
    public void TwoEnginesOnOneDatabaseFileAdvancingAtOnceProcessEachOccurrenceOnce()
    {
        for (var run = 0; run < 4; run++)
        {
            using var h = Setup();
            // A second engine with its own database object, as a second process would have.
            var other = new IopEngine(IopDatabase.Sqlite(h.DatabasePath), h.Clock);
            h.Engine.Reports.Status(CohortId);
            other.Reports.Status(CohortId);
            using var start = new Barrier(2);
            AdvanceReport? left = null, right = null;

            Parallel.Invoke(
                () =>
                {
                    start.SignalAndWait();
                    left = h.Engine.Weeks.AdvanceDue();
                },
                () =>
                {
                    start.SignalAndWait();
                    right = other.Weeks.AdvanceDue();
                });

            AdvanceReport[] reports = [left!, right!];
            // Each week was ended by exactly one of them; each instance-week was written by exactly one.
            Assert.Equal(
                Enumerable.Range(1, Boundaries).Select(w => $"{CohortId}: week {w} ended"),
                reports.SelectMany(r => r.CohortWeeks).Order(StringComparer.Ordinal));
            Assert.Equal(2, reports.Sum(r => r.Transitions.Count));
            Assert.Equal(4 * Boundaries, reports.Sum(r => r.Transitions.Count + r.Stays));
            AssertProcessedOnce(h);
        }
    }

    private static void AssertProcessedOnce(EngineHarness h)
    {
        var journal = h.Journal();
        Assert.Equal(journal.Count, journal.Select(j => j.OccurrenceKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            Enumerable.Range(1, Boundaries).Select(w => $"cohort/{CohortId}/week/{w}"),
            journal.Where(j => j.InstanceId is null && j.Trigger == "week-elapsed").Select(j => j.OccurrenceKey));

        foreach (var client in new[] { "A", "B" })
            foreach (var workflow in new[] { "matrix-client", "contingency-management" })
            {
                var instance = h.Instance(CohortId, client, workflow);
                var rows = h.Journal(instance.Id);
                Assert.Equal(
                    Enumerable.Range(1, Boundaries).Select(w => $"instance/{instance.Id}/week-elapsed/{w}"),
                    rows.Where(j => j.Trigger == "week-elapsed").Select(j => j.OccurrenceKey));
                Assert.Equal(Boundaries, instance.WeeksProcessed);
                // Every entry after enrolment is one firing, and each firing raised the revision once.
                Assert.Equal(rows.Count(j => j.Trigger != "enrol"), instance.Revision);
            }

        var a = h.Instance(CohortId, "A", "matrix-client");
        Assert.Equal(
            [("", "intake-assessment"), ("intake-assessment", "orientation"), ("orientation", "early-recovery")],
            h.Journal(a.Id).Where(j => j.FromStage != j.ToStage).Select(j => (j.FromStage, j.ToStage)));
        Assert.Equal(("early-recovery", 6), (a.Stage, a.StageSinceWeek));
        Assert.Equal("intake-assessment", h.Instance(CohortId, "B", "matrix-client").Stage);
    }
}
