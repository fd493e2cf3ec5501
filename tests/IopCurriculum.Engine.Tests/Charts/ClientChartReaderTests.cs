using IopCurriculum.Access;
using IopCurriculum.Engine.Charts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence;
using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Charts;

/// <summary>A client's chart across cohorts, and finding clients for it by id or name.</summary>
public sealed class ClientChartReaderTests : IDisposable
{
    private const string Password = "a long enough password";
    private static readonly LocalDate Start = new(2027, 1, 4);

    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));
    private readonly string _cohort;

    public ClientChartReaderTests()
    {
        _h.CreateProgram();
        _cohort = _h.CreateCohort(Start).Id;
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = _cohort, ClientId = "C-101", GivenName = "Maria", FamilyName = "Lopez", Week = 1, Actor = "test" });
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = _cohort, ClientId = "C-102", GivenName = "Mark", FamilyName = "Olsen", Week = 1, Actor = "test" });
        _h.Engine.Users.Create("lee", "Lee", Password, Roles.ClinicalLead, "setup");
        _h.Engine.Users.Create("sam", "Sam", Password, Roles.Facilitator, "setup");
    }

    public void Dispose() => _h.Dispose();

    private ClientChartReader Charts => _h.Engine.Charts;

    [Fact]
    public void TheChartGathersTheEnrolmentItsStagesAttendanceResultsAndPlan()
    {
        _h.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = _cohort, ClientId = "C-101", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        _h.Engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = _cohort, ClientId = "C-101", Actor = "lee" });
        var week1 = _h.Sessions(_cohort, 1);
        var rp = week1.Where(s => s.TrackCode == "RP").ToList();
        _h.AfterSession(rp[1]);
        _h.Attend(_cohort, "C-101", rp[0]);
        _h.Attend(_cohort, "C-101", rp[1], "absent");
        _h.Result(_cohort, "C-101", new LocalDate(2027, 1, 5), "negative");
        _h.SetLocal(new LocalDateTime(2027, 1, 11, 1, 0));
        _h.Engine.Weeks.AdvanceDue();

        var chart = Charts.Read("C-101");

        Assert.Equal(("C-101", "Maria L."), (chart.ClientId, chart.RosterName));
        var enrolment = Assert.Single(chart.Enrolments);
        Assert.Equal((_cohort, EngineHarness.ProgramId, 1, true, "America/Los_Angeles"), (enrolment.CohortId, enrolment.ProgramId, enrolment.StartWeek, enrolment.Active, enrolment.TimeZone));
        Assert.Equal("intake-assessment", enrolment.Timeline[0].Stage);
        Assert.Equal(new LocalDateTime(2027, 1, 4, 9, 0), enrolment.Timeline[0].At);
        Assert.Contains(enrolment.Timeline, s => s.Workflow.StartsWith("Contingency management", StringComparison.Ordinal));
        // A week that kept a workflow in its stage is not a new entry.
        Assert.All(enrolment.Timeline.GroupBy(s => s.Workflow), g => Assert.Equal(g.Count(), g.Select(s => s.Stage).Distinct().Count()));
        Assert.Equal(2, enrolment.Stages.Count);
        Assert.Equal([new TrackTally("RP", 1, 1)], enrolment.Attendance);
        var result = Assert.Single(enrolment.Results);
        Assert.Equal((new LocalDate(2027, 1, 5), "negative", (string?)null), (result.CollectedOn, result.Outcome, result.Substances));
        Assert.Equal(PlanStatus.InForce, enrolment.Plan.Standing.Status);
        Assert.Equal(1, Assert.Single(enrolment.Plan.Versions).Version);
        Assert.Equal("lee", enrolment.Plan.Versions[0].SignedBy);
    }

    [Fact]
    public void AClientInTwoCohortsHasBothEnrolmentsUnlessTheReaderIsLimitedToOne()
    {
        var second = _h.CreateCohort(new LocalDate(2027, 2, 1), id: "eastside-second").Id;
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = second, ClientId = "C-101", GivenName = "Maria", FamilyName = "Lopez", Week = 1, Actor = "test" });

        Assert.Equal([_cohort, second], Charts.Read("C-101").Enrolments.Select(e => e.CohortId));
        Assert.Equal([second], Charts.Read("C-101", [second]).Enrolments.Select(e => e.CohortId));
        Assert.Equal(PlanStatus.None, Charts.Read("C-101").Enrolments[1].Plan.Standing.Status);
    }

    [Fact]
    public void AnUnknownClientAndOneOutsideTheAllowedCohortsAreNotFoundAlike()
    {
        var unknown = _h.AssertRefused(ProblemKind.NotFound, () => Charts.Read("C-999"));
        Assert.Contains("C-999", unknown.Message, StringComparison.Ordinal);
        var outside = _h.AssertRefused(ProblemKind.NotFound, () => Charts.Read("C-101", ["someone-elses"]));
        Assert.Equal("no client 'C-101'", outside.Message);
    }

    [Fact]
    public void ClientsAreFoundByIdPrefixOrNameIgnoringCase()
    {
        Assert.Equal(["C-101", "C-102"], Charts.Find("c-10").Select(m => m.ClientId));
        Assert.Equal(["C-101"], Charts.Find("C-101").Select(m => m.ClientId));
        Assert.Equal(["C-101"], Charts.Find("lopez").Select(m => m.ClientId));
        Assert.Equal(["C-101", "C-102"], Charts.Find("MAR").Select(m => m.ClientId));
        Assert.Equal(["C-102"], Charts.Find("mark ol").Select(m => m.ClientId));
        var match = Charts.Find("maria")[0];
        Assert.Equal("Maria L.", match.RosterName);
        Assert.Equal([_cohort], match.CohortIds);
        Assert.Single(Charts.Find("c-", limit: 1));
        Assert.Empty(Charts.Find("nobody"));
        Assert.Empty(Charts.Find("   "));
        Assert.Empty(Charts.Find(null));
    }

    [Fact]
    public void ASearchCanBeLimitedToCohortsAndRefusesOverlongText()
    {
        var second = _h.CreateCohort(new LocalDate(2027, 2, 1), id: "eastside-second").Id;
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = second, ClientId = "C-201", GivenName = "Marta", FamilyName = "Kim", Week = 1, Actor = "test" });
        _h.Engine.Enrolments.Enrol(new EnrolRequest { CohortId = second, ClientId = "C-101", GivenName = "Maria", FamilyName = "Lopez", Week = 1, Actor = "test" });

        var mine = Charts.Find("mar", withinCohorts: [second]);
        Assert.Equal(["C-101", "C-201"], mine.Select(m => m.ClientId));
        Assert.All(mine, m => Assert.Equal([second], m.CohortIds));
        Assert.Empty(Charts.Find("mar", withinCohorts: []));
        var refused = _h.AssertRefused(ProblemKind.Invalid, () => Charts.Find(new string('x', ClientChartReader.LongestSearch + 1)));
        Assert.Contains("at most 100 characters", refused.Message, StringComparison.Ordinal);
    }
}
