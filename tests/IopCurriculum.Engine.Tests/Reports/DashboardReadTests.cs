using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Reports;

public sealed class DashboardReadTests : IDisposable
{
    private const string CohortId = "eastside-2027-01-04";
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 1, 9, 0));

    public void Dispose() => _h.Dispose();

    [Fact]
    public void HoursCountTheSessionsAClientIsExpectedAtAndTheMinimumIsJudgedOnEndedWeeks()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _h.Enrol(CohortId, "A", 1);
        var week1 = _h.Sessions(CohortId, 1);
        _h.AfterSession(week1.First(s => s.TrackCode == "RP"));
        _h.Attend(CohortId, "A", week1.First(s => s.TrackCode == "RP"));
        _h.Attend(CohortId, "A", week1.First(s => s.TrackCode == "ER"), "late");

        var running = new CohortDashboard(_h.Engine).Read(CohortId);
        var hours = Assert.Single(Assert.Single(running.Clients).Hours);
        // ER 2×60, RP 2×90, FE 90, one 15-minute test and IC 1 (50): 455 minutes.
        Assert.Equal((1, 455m / 60, 150m / 60, false, HoursShortfall.Scheduled), (hours.Week, hours.Scheduled, hours.Attended, hours.Ended, hours.Shortfall));

        _h.SetLocal(new LocalDateTime(2027, 1, 11, 1, 0));
        var ended = new CohortDashboard(_h.Engine).Read(CohortId);
        Assert.Equal(HoursShortfall.Scheduled | HoursShortfall.Attended, ended.Clients[0].Hours[0].Shortfall);
        Assert.Equal(9m, ended.MinimumWeeklyHours);
        Assert.Equal([new TrackTally("ER", 1, 0), new TrackTally("RP", 1, 0)], ended.Clients[0].Tracks);
    }

    [Fact]
    public void FidelityNeedsTheMatrixTracksAndEarlyRecoveryOnlyInTheFirstMonth()
    {
        _h.CreateProgram();
        _h.CreateCohort(new LocalDate(2027, 1, 4));
        _h.Enrol(CohortId, "A", 1);
        _h.SetLocal(new LocalDateTime(2027, 2, 2, 9, 0));
        var weeks = new CohortDashboard(_h.Engine).Read(CohortId).Fidelity;
        Assert.Equal([1, 2, 3, 4, 5], weeks.Select(w => w.Week));
        var er = weeks.Select(w => w.Checks.Single(c => c.Key == "er-groups").Status).ToList();
        Assert.Equal([FidelityStatus.NotMet, FidelityStatus.NotMet, FidelityStatus.NotMet, FidelityStatus.NotMet, FidelityStatus.NotApplicable], er);
        Assert.Equal("0 of 2 held", weeks[0].Checks.Single(c => c.Key == "rp-groups").Figures);
        Assert.Equal((FidelityStatus.NotYetDue, "urine 0/1, breath 0/1"), (weeks[4].Checks.Single(c => c.Key == "tests").Status, weeks[4].Checks.Single(c => c.Key == "tests").Figures));
    }

    [Fact]
    public void ACurriculumWithoutTheMatrixGroupsIsNotJudgedOnThem()
    {
        _h.Engine.Programs.Create("northside", "Northside", "America/Chicago", null);
        _h.Engine.Cohorts.Create(new CohortRequest
        {
            Id = "mh", ProgramId = "northside", CurriculumPath = Repo.MentalHealth, WorkflowPaths = [Repo.ContingencyManagement], Start = new LocalDate(2027, 1, 4), Actor = "test",
        });
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = "mh", ClientId = "A", GivenName = "Ann", FamilyName = "Lee", Week = 1, Actor = "test" });
        _h.SetLocal(new LocalDateTime(2027, 1, 12, 9, 0));
        var week1 = new CohortDashboard(_h.Engine).Read("mh").Fidelity[0];
        Assert.All(week1.Checks.Where(c => c.Key is "rp-groups" or "rp-size" or "fe-group" or "er-groups"), c => Assert.Equal(FidelityStatus.NotApplicable, c.Status));
        Assert.Equal("the curriculum has no RP track", week1.Checks[0].Figures);
        // No group was recorded as held, but every group that ran follows the manual.
        var topics = week1.Checks.Single(c => c.Key == "topics");
        Assert.Equal(FidelityStatus.Met, topics.Status);
    }
}
