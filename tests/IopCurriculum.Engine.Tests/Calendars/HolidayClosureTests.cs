using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Calendars;

/// <summary>
/// Closures from the example calendars: Martin Luther King Jr. Day (Monday 18 January 2027) and
/// Presidents' Day (Monday 15 February 2027). Los Angeles shifts a closed day's groups; New York cancels them.
/// Both Mondays are also week boundaries of a cohort starting Monday 4 January.
/// </summary>
public sealed class HolidayClosureTests
{
    private const string CohortId = "eastside-2027-01-04";
    private static readonly LocalDate Start = new(2027, 1, 4);

    [Fact]
    public void ShiftPolicyMovesAClosedDaysGroupsToTheNextOpenDayOfTheWeek()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        h.CreateProgram(Repo.LosAngelesCalendar);
        h.CreateCohort(Start);
        var sessions = h.AllSessions(CohortId);

        // Nothing is left on either closed day.
        Assert.DoesNotContain(sessions, s => s.LocalStart.StartsWith("2027-01-18", StringComparison.Ordinal));
        Assert.DoesNotContain(sessions, s => s.LocalStart.StartsWith("2027-02-15", StringComparison.Ordinal));

        // Monday's Early Recovery and Relapse Prevention groups move to Tuesday at their usual times.
        var shifted = sessions.Where(s => s.Week == 3 && s.Status == "shifted").ToList();
        Assert.Equal([("ER", "2027-01-19T18:00"), ("RP", "2027-01-19T19:00")], shifted.Select(s => (s.TrackCode, s.LocalStart)));
        Assert.All(shifted, s => Assert.Equal("moved from Mon 18 Jan (closed for Martin Luther King Jr. Day)", s.Note));
        Assert.Equal(
            [("ER", "2027-02-16T18:00"), ("RP", "2027-02-16T19:00")],
            sessions.Where(s => s.Week == 7 && s.Status == "shifted").Select(s => (s.TrackCode, s.LocalStart)));

        // The week still has both of its groups: nothing is cancelled under the shift policy.
        Assert.Equal(2, sessions.Count(s => s.Week == 3 && s.TrackCode == "ER"));
        Assert.DoesNotContain(sessions, s => s.Status == "cancelled");
    }

    [Fact]
    public void CancelPolicyKeepsTheClosedDaysGroupsAsCancelled()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0), DateTimeZoneProviders.Tzdb["America/New_York"]);
        h.CreateProgram(Repo.NewYorkCalendar);
        h.CreateCohort(Start);
        var sessions = h.AllSessions(CohortId);

        var closedDay = sessions.Where(s => s.LocalStart.StartsWith("2027-01-18", StringComparison.Ordinal)).ToList();
        Assert.Equal([("ER", "cancelled"), ("RP", "cancelled")], closedDay.Select(s => (s.TrackCode, s.Status)));
        Assert.All(closedDay, s => Assert.Equal(3, s.Week));
        Assert.DoesNotContain(sessions, s => s.Status == "shifted");
        // The rest of the week goes ahead.
        Assert.Equal(["scheduled"], sessions.Where(s => s.LocalStart.StartsWith("2027-01-22", StringComparison.Ordinal)).Select(s => s.Status).Distinct());
    }

    [Fact]
    public void ACancelledSessionTakesOnlyCancelledAsAttendance()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0), DateTimeZoneProviders.Tzdb["America/New_York"]);
        h.CreateProgram(Repo.NewYorkCalendar);
        h.CreateCohort(Start, [Repo.MatrixClient]);
        h.Enrol(CohortId, "A", 1);
        var cancelled = h.AllSessions(CohortId).First(s => s.TrackCode == "RP" && s.Status == "cancelled");
        h.AfterSession(cancelled);

        var refused = h.AssertRefused(ProblemKind.Invalid, () => h.Attend(CohortId, "A", cancelled, "attended"));
        Assert.StartsWith($"RP {cancelled.SessionNumber} on 2027-01-18 19:00 was cancelled (closed for", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("only 'cancelled' can be recorded for it", refused.Message, StringComparison.Ordinal);

        var recorded = h.Attend(CohortId, "A", cancelled, "cancelled");
        Assert.Equal("cancelled", recorded.Entry.Status);
    }

    [Fact]
    public void WeekBoundariesOnClosedDaysAreStillProcessed()
    {
        using var h = new EngineHarness(new LocalDateTime(2027, 1, 1, 9, 0));
        h.CreateProgram(Repo.LosAngelesCalendar);
        h.CreateCohort(Start, [Repo.MatrixClient]);
        h.Enrol(CohortId, "A", 1);
        var instance = h.Instance(CohortId, "A", "matrix-client");

        h.SetLocal(new LocalDateTime(2027, 1, 11, 0, 1));
        Assert.Equal([$"{CohortId}: week 1 ended"], h.Engine.Weeks.AdvanceDue().CohortWeeks);

        // Midnight starting Martin Luther King Jr. Day ends week 2, though the program is closed that day.
        Assert.Equal(Instant.FromUtc(2027, 1, 18, 8, 0), h.Engine.Weeks.NextBoundary(CohortId));
        h.SetLocal(new LocalDateTime(2027, 1, 18, 0, 1));
        var report = h.Engine.Weeks.AdvanceDue();
        Assert.Equal([$"{CohortId}: week 2 ended"], report.CohortWeeks);
        var boundary = Assert.Single(h.Journal(), j => j.OccurrenceKey == $"cohort/{CohortId}/week/2");
        Assert.Equal(("week 2", "week 3", new DateTime(2027, 1, 18, 8, 1, 0, DateTimeKind.Utc)), (boundary.FromStage, boundary.ToStage, boundary.AtUtc));
        Assert.Single(h.Journal(instance.Id), j => j.OccurrenceKey == $"instance/{instance.Id}/week-elapsed/2");

        // So is Presidents' Day, at the end of week 6, after the weeks between.
        h.SetLocal(new LocalDateTime(2027, 2, 15, 0, 1));
        Assert.Equal(
            [$"{CohortId}: week 3 ended", $"{CohortId}: week 4 ended", $"{CohortId}: week 5 ended", $"{CohortId}: week 6 ended"],
            h.Engine.Weeks.AdvanceDue().CohortWeeks);
        Assert.Equal(6, h.Instance(CohortId, "A", "matrix-client").WeeksProcessed);
    }
}
