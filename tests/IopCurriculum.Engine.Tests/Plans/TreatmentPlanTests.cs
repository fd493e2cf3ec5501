using IopCurriculum.Access;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Persistence;
using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Plans;

/// <summary>A client's plan through its lifecycle: written, signed and locked, changed as a new version, agreed to and reviewed.</summary>
public sealed class TreatmentPlanTests : IDisposable
{
    private const string Password = "a long enough password";
    private static readonly LocalDate Start = new(2027, 1, 4);

    private readonly EngineHarness _h = new(new LocalDateTime(2027, 1, 4, 9, 0));
    private readonly string _cohort;

    public TreatmentPlanTests()
    {
        _h.CreateProgram();
        _cohort = _h.CreateCohort(Start).Id;
        _h.Enrol(_cohort, "C-1", 1);
        _h.Engine.Users.Create("lee", "Lee", Password, Roles.ClinicalLead, "setup");
        _h.Engine.Users.Create("sam", "Sam", Password, Roles.Facilitator, "setup");
    }

    public void Dispose() => _h.Dispose();

    private TreatmentPlanService Plans => _h.Engine.TreatmentPlans;

    private ClientTreatmentPlan Write(string text = SamplePlan.Text, string? reason = null) =>
        Plans.Write(new PlanWriteRequest { CohortId = _cohort, ClientId = "C-1", Source = text, SourceName = "plan.yaml", Reason = reason, Actor = "lee" });

    private ClientTreatmentPlan Sign(string by = "lee", LocalDate? agreed = null, int? version = null) =>
        Plans.Sign(new PlanSignRequest { CohortId = _cohort, ClientId = "C-1", Actor = by, ClientAgreedOn = agreed, Version = version });

    private int StoredVersions()
    {
        using var db = _h.Database.Open();
        return db.TreatmentPlans.Count();
    }

    [Fact]
    public void AWrittenPlanIsADraftUntilSignedAndThenInForceWithAReviewDate()
    {
        var draft = Write();
        Assert.Equal(PlanStatus.Draft, draft.Standing.Status);
        Assert.Null(draft.Standing.SignedVersion);
        Assert.Null(draft.Standing.ReviewDue);
        Assert.Equal("Alcohol dependence, uncomplicated", draft.Latest!.Content.Assessment.Diagnoses[0].Title);

        var signed = Sign();
        Assert.Equal(PlanStatus.InForce, signed.Standing.Status);
        Assert.Equal(1, signed.Standing.SignedVersion);
        Assert.Equal(new LocalDate(2027, 2, 3), signed.Standing.ReviewDue);
        Assert.False(signed.Standing.ReviewOverdue);
        Assert.Equal(1, signed.Standing.GoalsActive);
        Assert.Equal("lee", signed.Latest!.SignedBy);
    }

    [Fact]
    public void ASignedVersionIsLockedAndAChangeIsANewVersionWithItsReason()
    {
        Write();
        Sign();
        var again = Assert.Throws<EngineException>(() => Sign());
        Assert.Equal(ProblemKind.Conflict, again.Kind);
        Assert.Contains("a signed version is locked", again.Message, StringComparison.Ordinal);

        var changed = SamplePlan.Text.Replace("status: active", "status: achieved", StringComparison.Ordinal);
        var noReason = Assert.Throws<EngineException>(() => Write(changed));
        Assert.Contains("say why it changes", noReason.Message, StringComparison.Ordinal);
        Assert.Equal(1, StoredVersions());

        var plan = Write(changed, reason: "sober 30 days, confirmed");
        Assert.Equal(2, plan.Versions.Count);
        Assert.Equal(PlanStatus.Draft, plan.Standing.Status);
        Assert.Equal(1, plan.Standing.SignedVersion);
        // The signed version stays in force, unchanged and readable, until the new one is signed.
        Assert.Equal(SamplePlan.Text, plan.Versions[0].Source);
        Assert.Equal(1, plan.Standing.GoalsActive);
        Assert.Equal("sober 30 days, confirmed", plan.Versions[1].Reason);

        var resigned = Sign(version: 2);
        Assert.Equal(2, resigned.Standing.SignedVersion);
        Assert.Equal(1, resigned.Standing.GoalsAchieved);
    }

    [Fact]
    public void SigningANewerVersionThanTheOneReadIsRefused()
    {
        Write();
        Write(SamplePlan.Text.Replace("twice weekly", "three times a week", StringComparison.Ordinal));
        var stale = Assert.Throws<EngineException>(() => Sign(version: 1));
        Assert.Equal(ProblemKind.Conflict, stale.Kind);
        Assert.Contains("version 2 is", stale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WritingTheSameDraftAgainAddsNothing()
    {
        Write();
        Assert.Single(Write().Versions);
    }

    [Fact]
    public void ADraftThatSaysTheSameInOtherWordsOfYamlAddsNothing()
    {
        Write();
        var reformatted = "# written again, with a comment\n" + SamplePlan.Text;
        Assert.Single(Write(reformatted).Versions);
    }

    [Fact]
    public void AChangeThatChangesNothingInASignedPlanIsRefused()
    {
        Write();
        Sign();
        var refused = Assert.Throws<EngineException>(() => Write("# nothing new\n" + SamplePlan.Text, reason: "looked again"));
        Assert.Contains("the plan says what signed version 1 says", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, StoredVersions());
    }

    [Fact]
    public void CheckingAPlanNamesItsProblemsAndWritesNothing()
    {
        var bad = SamplePlan.Text.Replace("F10.20", "F99.99", StringComparison.Ordinal);
        var problems = Plans.Check(new PlanWriteRequest { CohortId = _cohort, ClientId = "C-1", Source = bad, SourceName = "plan form", Actor = "lee" });
        Assert.Contains(problems, p => p.Message.Contains("F99.99", StringComparison.Ordinal));
        Assert.Empty(Plans.Check(new PlanWriteRequest { CohortId = _cohort, ClientId = "C-1", Source = SamplePlan.Text, SourceName = "plan form", Actor = "lee" }));
        Assert.Equal(0, StoredVersions());
    }

    [Fact]
    public void TheFormChoicesAreTheCohortsTracksAndItsActiveStaff()
    {
        var choices = Plans.Choices(_cohort, "C-1");
        Assert.Equal(Start, choices.CourseBegan);
        Assert.Contains(choices.Tracks, t => t.Code == "RP");
        Assert.Equal(["Lee", "Sam"], choices.Staff.Select(s => s.DisplayName));
    }

    [Theory]
    [InlineData("sam")]
    [InlineData("nobody")]
    public void OnlyAnActiveClinicalLeadSignsOrReviews(string who)
    {
        Write();
        var refused = Assert.Throws<EngineException>(() => Sign(by: who));
        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Contains($"only a clinical lead may sign a treatment plan; '{who}' is not an active clinical lead", refused.Message, StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Draft, Plans.Read(_cohort, "C-1").Standing.Status);

        Sign();
        Assert.Throws<EngineException>(() => Plans.Review(new PlanReviewRequest { CohortId = _cohort, ClientId = "C-1", Note = "fine", Actor = who }));
        Assert.Empty(Plans.Read(_cohort, "C-1").Reviews);
    }

    [Fact]
    public void APlanWithProblemsIsRefusedWithEachOneAtItsPlaceAndNothingStored()
    {
        var refused = Assert.Throws<EngineException>(() => Write(SamplePlan.Text.Replace("code: F41.1", "code: F41.7", StringComparison.Ordinal).Replace("risk: 3", "risk: 7", StringComparison.Ordinal)));
        Assert.Equal(ProblemKind.Invalid, refused.Kind);
        Assert.Equal(2, refused.Details.Count);
        Assert.StartsWith("plan.yaml:4:13:", refused.Details[0], StringComparison.Ordinal);
        Assert.StartsWith("plan.yaml:11:", refused.Details[1], StringComparison.Ordinal);
        Assert.Equal(0, StoredVersions());
    }

    [Fact]
    public void TheReviewFallsDueAndIsFlaggedOnceItsDayHasPassed()
    {
        Write();
        Sign();
        _h.SetLocal(new LocalDateTime(2027, 2, 3, 23, 0));
        Assert.False(Plans.Read(_cohort, "C-1").Standing.ReviewOverdue);
        _h.SetLocal(new LocalDateTime(2027, 2, 4, 8, 0));
        Assert.True(Plans.Read(_cohort, "C-1").Standing.ReviewOverdue);

        var reviewed = Plans.Review(new PlanReviewRequest { CohortId = _cohort, ClientId = "C-1", Note = "Progress on both goals; plan continues.", Actor = "lee" });
        Assert.False(reviewed.Standing.ReviewOverdue);
        Assert.Equal(new LocalDate(2027, 3, 6), reviewed.Standing.ReviewDue);
        var review = Assert.Single(reviewed.Reviews);
        Assert.Equal((1, new LocalDate(2027, 2, 4), "lee"), (review.Version, review.ReviewedOn, review.ReviewedBy));
        Assert.Throws<EngineException>(() => Plans.Review(new PlanReviewRequest { CohortId = _cohort, ClientId = "C-1", Note = "again", Actor = "lee" }));
    }

    [Fact]
    public void TheCohortStatusShowsEachClientsPlanAndFlagsAnOverdueReview()
    {
        _h.Enrol(_cohort, "C-2", 1);
        Write();
        Sign();
        Assert.Equal("signed; review due 2027-02-03", Status("C-1").Summary);
        Assert.Equal(PlanStanding.NoPlan, Status("C-2"));
        Assert.Equal("no plan", Status("C-2").Summary);

        _h.SetLocal(new LocalDateTime(2027, 2, 4, 8, 0));
        var overdue = Status("C-1");
        Assert.True(overdue.ReviewOverdue);
        Assert.Equal("review overdue (was due 2027-02-03)", overdue.Summary);
        Assert.Equal(1, overdue.GoalsActive);
    }

    private PlanStanding Status(string clientId) =>
        _h.Engine.Reports.Status(_cohort).Clients.Single(c => c.ClientId == clientId).Plan;

    [Fact]
    public void TheProgramSetsHowOftenPlansAreReviewed()
    {
        Assert.Equal((30, 14), _h.Engine.Programs.SetPlanReviewDays(EngineHarness.ProgramId, 14));
        Write();
        Assert.Equal(new LocalDate(2027, 1, 18), Sign().Standing.ReviewDue);
        Assert.Throws<EngineException>(() => _h.Engine.Programs.SetPlanReviewDays(EngineHarness.ProgramId, 0));
        Assert.Throws<EngineException>(() => _h.Engine.Programs.SetPlanReviewDays("nowhere", 14));
    }

    [Fact]
    public void TheClientsAgreementIsDatedWithinTheCourseAndRecordedOnce()
    {
        Write();
        var future = Assert.Throws<EngineException>(() => Sign(agreed: new LocalDate(2027, 1, 5)));
        Assert.Contains("is in the future", future.Message, StringComparison.Ordinal);
        Assert.Null(Plans.Read(_cohort, "C-1").Standing.SignedVersion);

        Sign();
        var before = Assert.Throws<EngineException>(() => Plans.RecordAgreement(_cohort, "C-1", new LocalDate(2027, 1, 3), "lee"));
        Assert.Contains("before their course began on 2027-01-04", before.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2027, 1, 4), Plans.RecordAgreement(_cohort, "C-1", new LocalDate(2027, 1, 4), "lee").Latest!.ClientAgreedOn);
        Assert.Equal(ProblemKind.Conflict, Assert.Throws<EngineException>(() => Plans.RecordAgreement(_cohort, "C-1", new LocalDate(2027, 1, 4), "lee")).Kind);
    }

    [Fact]
    public void AnUnknownClientOrAPlanNotYetWrittenIsNamed()
    {
        Assert.Equal(ProblemKind.NotFound, Assert.Throws<EngineException>(() => Plans.Read(_cohort, "C-9")).Kind);
        Assert.Equal(PlanStanding.NoPlan, Plans.Read(_cohort, "C-1").Standing);
        var unsigned = Assert.Throws<EngineException>(() => Sign());
        Assert.Equal(ProblemKind.NotFound, unsigned.Kind);
        Assert.Contains("has no treatment plan", unsigned.Message, StringComparison.Ordinal);
    }
}
