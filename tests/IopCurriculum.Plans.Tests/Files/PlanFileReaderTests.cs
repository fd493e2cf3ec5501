using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Files;
using IopCurriculum.Plans.Goals;
using NodaTime;

namespace IopCurriculum.Plans.Tests.Files;

public sealed class PlanFileReaderTests
{
    private static TreatmentPlanContent Read(string text) => PlanFileReader.Parse(text, "plan.yaml", SamplePlans.Context).Value;

    private static IReadOnlyList<string> Problems(string text)
    {
        var result = PlanFileReader.Parse(text, "plan.yaml", SamplePlans.Context);
        Assert.False(result.Succeeded);
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }

    [Fact]
    public void AValidPlanReadsWhole()
    {
        var plan = Read(SamplePlans.Valid);
        Assert.Equal("2.1", plan.Assessment.LevelOfCare);
        Assert.Equal(["F10.20", "F41.1", null], plan.Assessment.Diagnoses.Select(d => d.Code));
        Assert.Equal("Alcohol dependence, uncomplicated", plan.Assessment.Diagnoses[0].Title);
        Assert.Equal("Sleep disturbed since stopping drinking", plan.Assessment.Diagnoses[2].Title);
        Assert.Equal([1, 0, 2, 1, 3, 2], plan.Assessment.Asam.Select(r => r.Risk));
        Assert.Equal(Enum.GetValues<AsamDimension>(), plan.Assessment.Asam.Select(r => r.Dimension));
        Assert.Equal(2, plan.Problems.Count);
        var goal = plan.Problems[0].Goals.Single();
        Assert.Equal(new LocalDate(2027, 2, 15), goal.Target);
        Assert.Equal(GoalStatus.Active, goal.Status);
        Assert.Equal(2, goal.Objectives.Count);
        Assert.Equal(["RP"], goal.Interventions[0].Tracks);
        Assert.Equal("sam", goal.Interventions[1].Responsible);
        Assert.Equal(GoalStatus.Proposed, plan.Problems[1].Goals.Single().Status);
        Assert.Equal(1, plan.GoalsActive);
        Assert.Equal(0, plan.GoalsAchieved);
    }

    [Fact]
    public void JsonReadsTheSameAsYaml()
    {
        const string json = """
            {"assessment": {"diagnoses": [{"code": "F10.20"}],
              "asam": {"intoxication-withdrawal": {"risk": 0}, "biomedical": {"risk": 0}, "emotional-behavioral-cognitive": {"risk": 1},
                       "readiness-to-change": {"risk": 1}, "relapse-potential": {"risk": 2}, "recovery-environment": {"risk": 1}},
              "level_of_care": "2.1"},
             "problems": [{"statement": "Drinks daily.", "goals": [{"statement": "Thirty days sober.", "target": "2027-02-15"}]}]}
            """;
        var plan = Read(json);
        Assert.Equal("F10.20", plan.Assessment.Diagnoses.Single().Code);
        Assert.Equal("Thirty days sober.", plan.Goals.Single().Statement);
    }

    [Fact]
    public void AGoalWithoutAStatementIsReportedWhereItStands()
    {
        var text = SamplePlans.Valid.Replace("statement: Sleeps six hours on most nights, by the client's log.", "statement: \"\"", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(text));
        Assert.StartsWith("plan.yaml:35:20:", problem, StringComparison.Ordinal);
        Assert.Contains("'statement' in a goal is empty", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ATargetBeforeTheCourseBeganIsRefused()
    {
        var problem = Assert.Single(Problems(SamplePlans.Valid.Replace("target: 2027-02-15", "target: 2026-12-01", StringComparison.Ordinal)));
        Assert.StartsWith("plan.yaml:19:17:", problem, StringComparison.Ordinal);
        Assert.Contains("'target' 2026-12-01 is before the client's course began on 2027-01-04", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDiagnosisCodeIsRefusedAtTheCode()
    {
        var problem = Assert.Single(Problems(SamplePlans.Valid.Replace("code: F41.1", "code: F41.7", StringComparison.Ordinal)));
        Assert.StartsWith("plan.yaml:4:13:", problem, StringComparison.Ordinal);
        Assert.Contains("'F41.7' is not an ICD-10-CM code this program lists", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("risk: 3, note: Drinks", "risk: 5, note: Drinks", "'risk' must be between 0 and 4, not 5")]
    [InlineData("risk: 3, note: Drinks", "risk: -1, note: Drinks", "'risk' must be between 0 and 4, not -1")]
    [InlineData("risk: 3, note: Drinks", "risk: high, note: Drinks", "'risk' must be a whole number, not 'high'")]
    public void AnAsamRatingOutsideZeroToFourIsRefused(string from, string to, string message)
    {
        var problem = Assert.Single(Problems(SamplePlans.Valid.Replace(from, to, StringComparison.Ordinal)));
        Assert.StartsWith("plan.yaml:11:", problem, StringComparison.Ordinal);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySixDimensionsMustBeRatedAndNoOthers()
    {
        var problems = Problems(SamplePlans.Valid.Replace("    biomedical: { risk: 0 }\n", "    biomedicine: { risk: 0 }\n", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown key 'biomedicine' in the ASAM ratings", StringComparison.Ordinal) && p.Contains("biomedical", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the ASAM ratings have no 'biomedical' (dimension 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void TracksAndStaffAreCheckedAgainstTheCohortAndTheProgram()
    {
        var text = SamplePlans.Valid.Replace("tracks: [RP]", "tracks: [RX]", StringComparison.Ordinal).Replace("responsible: sam", "responsible: pat", StringComparison.Ordinal);
        var problems = Problems(text);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("plan.yaml:26:22:", StringComparison.Ordinal) && p.Contains("no track 'RX'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("plan.yaml:32:26:", StringComparison.Ordinal) && p.Contains("'pat', who is not a staff member", StringComparison.Ordinal));
    }

    [Fact]
    public void ALevelOfCareMustBeAnAsamLevel()
    {
        var problem = Assert.Single(Problems(SamplePlans.Valid.Replace("level_of_care: \"2.1\"", "level_of_care: \"2.2\"", StringComparison.Ordinal)));
        Assert.Contains("'level_of_care' must be an ASAM level", problem, StringComparison.Ordinal);
        Assert.Equal("1.0", LevelsOfCare.Normal("1"));
    }

    [Fact]
    public void ADiagnosisHasACodeOrTextButNotBoth()
    {
        var problem = Assert.Single(Problems(SamplePlans.Valid.Replace("    - code: F41.1\n", "    - { code: F41.1, text: Anxiety }\n", StringComparison.Ordinal)));
        Assert.Contains("either 'code' (ICD-10-CM) or 'text'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APlanWithoutProblemsOrGoalsIsRefused()
    {
        var noGoals = SamplePlans.Valid[..SamplePlans.Valid.IndexOf("  - statement: Worry", StringComparison.Ordinal)] + "  - statement: Worry keeps the client awake.\n    goals: []\n";
        Assert.Contains(Problems(noGoals), p => p.Contains("a problem needs at least one goal", StringComparison.Ordinal));
        var noProblems = SamplePlans.Valid[..SamplePlans.Valid.IndexOf("problems:", StringComparison.Ordinal)] + "problems: []\n";
        Assert.Contains(Problems(noProblems), p => p.Contains("the plan lists no problem", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedYamlIsReportedNotThrown()
    {
        var problem = Assert.Single(Problems("assessment: [unclosed\n"));
        Assert.StartsWith("plan.yaml:1:13:", problem, StringComparison.Ordinal);
        Assert.Contains("the list opened by this '[' is not closed", problem, StringComparison.Ordinal);
    }
}
