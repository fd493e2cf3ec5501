using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;
using NodaTime.Text;

namespace IopCurriculum.Engine.Tests.Calendars;

/// <summary>
/// A Los Angeles cohort across the change to daylight time on Sunday 14 March 2027: boundaries stay at
/// local midnight while their UTC instants move by an hour, and so do the sessions' start times.
/// </summary>
public sealed class DaylightSavingTests : IDisposable
{
    private const string CohortId = "eastside-2027-03-01";
    private static readonly LocalDate Start = new(2027, 3, 1);
    private static readonly LocalDateTimePattern LocalStart = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private readonly EngineHarness _h = new(new LocalDateTime(2027, 2, 26, 9, 0));

    public DaylightSavingTests()
    {
        _h.CreateProgram();
        _h.CreateCohort(Start, [Repo.MatrixClient]);
        _h.Enrol(CohortId, "A", 1);
    }

    public void Dispose() => _h.Dispose();

    [Fact]
    public void BoundariesEitherSideOfTheChangeAreLocalMidnightWithTheirOwnOffsets()
    {
        var before = _h.Engine.Reports.Status(CohortId).NextBoundary!.Value;
        Assert.Equal(new LocalDateTime(2027, 3, 8, 0, 0), before.LocalDateTime);
        Assert.Equal(Offset.FromHours(-8), before.Offset);
        Assert.Equal(Instant.FromUtc(2027, 3, 8, 8, 0), before.ToInstant());
        Assert.Equal(before.ToInstant(), _h.Engine.Weeks.NextBoundary(CohortId));

        _h.SetInstant(before.ToInstant().Plus(Duration.FromMinutes(1)));
        _h.Engine.Weeks.AdvanceDue();

        var after = _h.Engine.Reports.Status(CohortId).NextBoundary!.Value;
        Assert.Equal(new LocalDateTime(2027, 3, 15, 0, 0), after.LocalDateTime);
        Assert.Equal(Offset.FromHours(-7), after.Offset);
        Assert.Equal(Instant.FromUtc(2027, 3, 15, 7, 0), after.ToInstant());
        // The week with the change is an hour shorter than seven days.
        Assert.Equal(Duration.FromDays(7) - Duration.FromHours(1), after.ToInstant() - before.ToInstant());
    }

    [Fact]
    public void AdvanceDueDoesNothingJustBeforeLocalMidnightAndEndsTheWeekJustAfter()
    {
        // Week 1 ends at midnight on Monday 8 March, still standard time (08:00 UTC).
        _h.SetLocal(new LocalDateTime(2027, 3, 7, 23, 59));
        var early = _h.Engine.Weeks.AdvanceDue();
        Assert.False(early.DidAnything);
        Assert.Empty(early.Skipped);
        Assert.Empty(CohortBoundaries());

        _h.SetLocal(new LocalDateTime(2027, 3, 8, 0, 1));
        Assert.Equal([$"{CohortId}: week 1 ended"], _h.Engine.Weeks.AdvanceDue().CohortWeeks);

        // Week 2 ends at midnight on Monday 15 March, now daylight time (07:00 UTC). At 06:59 UTC it is
        // 23:59 on Sunday in Los Angeles: one hour before a boundary a fixed -8 offset would put at 08:00.
        _h.SetInstant(Instant.FromUtc(2027, 3, 15, 6, 59));
        Assert.Equal(new LocalDateTime(2027, 3, 14, 23, 59), _h.LocalNow);
        Assert.False(_h.Engine.Weeks.AdvanceDue().DidAnything);
        Assert.Equal(["week 1"], CohortBoundaries().Select(b => b.FromStage));

        _h.SetInstant(Instant.FromUtc(2027, 3, 15, 7, 1));
        var report = _h.Engine.Weeks.AdvanceDue();
        Assert.Equal([$"{CohortId}: week 2 ended"], report.CohortWeeks);
        Assert.Equal(["week 1", "week 2"], CohortBoundaries().Select(b => b.FromStage));
        Assert.Equal(new DateTime(2027, 3, 15, 7, 1, 0, DateTimeKind.Utc), CohortBoundaries()[^1].AtUtc);

        // The client crossed each boundary once, in the week it belongs to.
        var instance = _h.Instance(CohortId, "A", "matrix-client");
        Assert.Equal(2, instance.WeeksProcessed);
        Assert.Equal(
            [$"instance/{instance.Id}/week-elapsed/1", $"instance/{instance.Id}/week-elapsed/2"],
            _h.Journal(instance.Id).Where(j => j.Trigger == "week-elapsed").Select(j => j.OccurrenceKey));
    }

    [Fact]
    public void PlannedSessionsKeepTheirLocalTimesWhileUtcMovesByAnHour()
    {
        var sessions = _h.AllSessions(CohortId);
        var rp = sessions.Where(s => s.TrackCode == "RP" && s.EnrolmentId is null).ToList();

        // Every group keeps its timetable time, 19:00 for Relapse Prevention, on both sides of the change.
        Assert.All(rp, s => Assert.EndsWith("T19:00", s.LocalStart, StringComparison.Ordinal));
        var lastBefore = rp.Last(s => string.CompareOrdinal(s.LocalStart, "2027-03-14") < 0);
        var firstAfter = rp.First(s => string.CompareOrdinal(s.LocalStart, "2027-03-14") > 0);
        Assert.Equal("2027-03-12T19:00", lastBefore.LocalStart);
        Assert.Equal(new DateTime(2027, 3, 13, 3, 0, 0, DateTimeKind.Utc), lastBefore.StartUtc);
        Assert.Equal("2027-03-15T19:00", firstAfter.LocalStart);
        Assert.Equal(new DateTime(2027, 3, 16, 2, 0, 0, DateTimeKind.Utc), firstAfter.StartUtc);

        // And for every stored session, group or individual, the UTC instant is its local time in Los Angeles.
        Assert.All(sessions, s =>
        {
            var local = LocalStart.Parse(s.LocalStart).Value;
            Assert.Equal(local.InZoneStrictly(EngineHarness.LosAngeles).ToInstant(), Instant.FromDateTimeUtc(s.StartUtc));
        });
    }

    private List<Persistence.Records.JournalRecord> CohortBoundaries() =>
        [.. _h.Journal().Where(j => j.InstanceId is null && j.Trigger == "week-elapsed")];
}
