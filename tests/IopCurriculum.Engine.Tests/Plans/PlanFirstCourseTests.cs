using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Versions;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Plans;

/// <summary>Version 2 of the Matrix client course: a client leaves intake only once their treatment plan is signed.</summary>
public sealed class PlanFirstCourseTests : IDisposable
{
    private static readonly LocalDate Start = new(2027, 1, 4);
    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));

    public PlanFirstCourseTests()
    {
        _h.CreateProgram();
        _h.Engine.Users.Create("lee", "Lee", "a long enough password", Roles.ClinicalLead, "setup");
        _h.Engine.Users.Create("sam", "Sam", "a long enough password", Roles.Facilitator, "setup");
    }

    public void Dispose() => _h.Dispose();

    private string Stage(string cohort) => _h.Engine.Reports.Status(cohort).Clients.Single().Workflows[0].Stage;

    private void SignPlan(string cohort)
    {
        _h.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = cohort, ClientId = "C-1", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        _h.Engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = cohort, ClientId = "C-1", Actor = "lee" });
    }

    [Fact]
    public void WithThePlanSignedTheAssessmentSessionEndsIntake()
    {
        var cohort = _h.CreateCohort(Start, [Repo.MatrixClientV2]).Id;
        var assessment = _h.Enrol(cohort, "C-1", 1).Booked[0];
        SignPlan(cohort);
        _h.AfterSession(assessment);
        _h.Attend(cohort, "C-1", assessment);
        Assert.Equal("orientation", Stage(cohort));
    }

    [Fact]
    public void WithoutASignedPlanTheClientStaysInIntakeUntilItIsSigned()
    {
        var cohort = _h.CreateCohort(Start, [Repo.MatrixClientV2]).Id;
        var assessment = _h.Enrol(cohort, "C-1", 1).Booked[0];
        _h.AfterSession(assessment);
        _h.Attend(cohort, "C-1", assessment);
        Assert.Equal("intake-assessment", Stage(cohort));

        SignPlan(cohort);
        _h.SetLocal(new LocalDateTime(2027, 1, 11, 0, 5));
        _h.Engine.Weeks.AdvanceDue(cohort);
        Assert.Equal("orientation", Stage(cohort));
    }

    [Fact]
    public void ACohortOnVersionOneMovesToVersionTwoByAJournaledMigration()
    {
        var cohort = _h.CreateCohort(Start, [Repo.MatrixClient]).Id;
        var assessment = _h.Enrol(cohort, "C-1", 1).Booked[0];
        var report = _h.Engine.Migrations.Migrate(new MigrationRequest
        {
            DefinitionPath = Repo.MatrixClientV2, From = "matrix-client@1", CohortId = cohort, Reason = "plans come first", Actor = "lee",
        });
        Assert.Single(report.Moves);
        Assert.Equal("matrix-client v2", _h.Engine.Reports.Status(cohort).Clients.Single().Workflows[0].Workflow);
        Assert.Contains(_h.Engine.Reports.Journal(new JournalQuery { CohortId = cohort }), j => j.Reason == "plans come first");

        _h.AfterSession(assessment);
        _h.Attend(cohort, "C-1", assessment);
        Assert.Equal("intake-assessment", Stage(cohort));
    }
}
