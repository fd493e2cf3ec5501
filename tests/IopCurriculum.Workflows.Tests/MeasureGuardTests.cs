using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Guards that read a client's measures: score, item, severity and change, and the measure-recorded trigger.</summary>
public class MeasureGuardTests
{
    private static GuardExpression Compiled(string when, string trigger = "measure-recorded")
    {
        var result = Parse(WithGuard(trigger, when));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value.Transitions[0].When!;
    }

    private static string Problem(string when, string trigger = "measure-recorded")
    {
        var result = Parse(WithGuard(trigger, when));
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics).Message;
    }

    private static WorkflowFacts Phq9(int total, int item9, string severity, int baseline, string measure = "PHQ9") => new()
    {
        Measure = measure,
        Measures = new Dictionary<string, MeasureFacts>
        {
            ["PHQ9"] = new("total", new Dictionary<string, int?> { ["total"] = total }, new Dictionary<string, int> { ["9"] = item9 }, severity,
                new Dictionary<string, int?> { ["total"] = baseline }),
        },
    };

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void ItemNineAboveZeroHolds(int item9, bool holds) =>
        Assert.Equal(holds, Compiled("measure == PHQ9 and item(PHQ9, 9) > 0").Evaluate(Phq9(12, item9, "moderate", 12)));

    [Fact]
    public void TheMeasureNameTellsWhichInstrumentWasJustRecorded() =>
        Assert.False(Compiled("measure == PHQ9 and item(PHQ9, 9) > 0").Evaluate(Phq9(12, 2, "moderate", 12, measure: "GAD7")));

    [Theory]
    [InlineData("score(PHQ9) >= 10", true)]
    [InlineData("score(PHQ9, total) < 10", false)]
    [InlineData("severity(PHQ9) == moderate", true)]
    [InlineData("severity(PHQ9) != severe", true)]
    [InlineData("change(PHQ9) <= -5", true)]
    [InlineData("change(PHQ9) < -6", false)]
    public void ScoresBandsAndChangeSinceBaselineAreRead(string when, bool holds) =>
        Assert.Equal(holds, Compiled(when).Evaluate(Phq9(total: 12, item9: 0, severity: "moderate", baseline: 18)));

    [Fact]
    public void AMeasureNeverRecordedMakesEveryComparisonFalse()
    {
        var none = new WorkflowFacts();
        Assert.False(Compiled("score(PHQ9) >= 0").Evaluate(none));
        Assert.False(Compiled("score(PHQ9) < 100").Evaluate(none));
        Assert.False(Compiled("severity(PHQ9) == minimal").Evaluate(none));
    }

    [Fact]
    public void MeasureFunctionsWorkOnEveryTriggerButTheMeasureNameOnlyOnMeasureRecorded()
    {
        Assert.True(Compiled("score(BAM, risk) >= 8", "week-elapsed").Evaluate(new WorkflowFacts
        {
            Measures = new Dictionary<string, MeasureFacts>
            {
                ["BAM"] = new("use", new Dictionary<string, int?> { ["use"] = 2, ["risk"] = 9 }, new Dictionary<string, int>(), null, new Dictionary<string, int?>()),
            },
        }));
        Assert.Contains("'measure' is known only on measure-recorded transitions", Problem("measure == PHQ9", "week-elapsed"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score(PHQ10) > 1", "'PHQ10' is not a measure: one of PHQ9 | GAD7 | BAM | CRAVING (did you mean 'PHQ9'?)")]
    [InlineData("item(PHQ9, 11) > 0", "Patient Health Questionnaire-9 (PHQ-9) has no item 11")]
    [InlineData("item(PHQ9) > 0", "'item' names the item too: write item(PHQ9, 9)")]
    [InlineData("severity(PHQ9) == moderatly-severe", "'moderatly-severe' is not a band of Patient Health Questionnaire-9 (PHQ-9): one of minimal | mild | moderate | moderately-severe | severe (did you mean 'moderately-severe'?)")]
    [InlineData("severity(BAM) == mild", "Brief Addiction Monitor (BAM) has no severity bands; compare score(BAM) instead")]
    [InlineData("score(BAM, risks) > 1", "Brief Addiction Monitor (BAM) has no score 'risks'; its scores are use, risk, protective (did you mean 'risk'?)")]
    [InlineData("measure == PHQ", "'PHQ' is not a measure: one of PHQ9 | GAD7 | BAM | CRAVING (did you mean 'PHQ9'?)")]
    [InlineData("score > 1", "'score' reads one measure: write score(PHQ9)")]
    [InlineData("scor(PHQ9) > 1", "unknown function 'scor' (did you mean 'score'?)")]
    [InlineData("attended(ER, 2) > 1", "'attended' takes one track code, such as attended(ER)")]
    public void MistakesAreNamed(string when, string message) =>
        Assert.Contains(message, Problem(when), StringComparison.Ordinal);

    [Fact]
    public void AWorkflowSaysWhetherItReadsOrAnswersMeasures()
    {
        var reads = Parse(WithGuard("week-elapsed", "score(GAD7) >= 10")).Value;
        Assert.True(reads.ReadsMeasures);
        Assert.False(reads.AnswersMeasures);
        var answers = Parse(WithGuard("measure-recorded", "measure == CRAVING")).Value;
        Assert.False(answers.ReadsMeasures);
        Assert.True(answers.AnswersMeasures);
    }

    [Fact]
    public void MatrixClientVersionThreeAlertsTheTeamOnItemNineWithinHoursAndBooksASession()
    {
        var machine = WorkflowMachine.Compile(Support.ShippedWorkflows.Load("matrix-client-v3"));
        var outcome = machine.Fire("relapse-prevention", WorkflowTrigger.MeasureRecorded, Phq9(total: 8, item9: 1, severity: "mild", baseline: 8));
        Assert.True(outcome.Fired);
        Assert.Equal("relapse-prevention", outcome.To);
        var notify = Assert.Single(outcome.Actions, a => a.Name == WorkflowActionNames.NotifyTeam);
        Assert.StartsWith("safety alert", notify.Arguments[WorkflowActionNames.NoteArgument], StringComparison.Ordinal);
        Assert.Equal("4", notify.Arguments[WorkflowActionNames.WithinHoursArgument]);
        Assert.Contains(outcome.Actions, a => a.Name == WorkflowActionNames.BookIndividualSession);

        var quiet = machine.Fire("relapse-prevention", WorkflowTrigger.MeasureRecorded, Phq9(total: 8, item9: 0, severity: "mild", baseline: 8));
        Assert.False(quiet.Fired);
        var severe = machine.Fire("early-recovery", WorkflowTrigger.MeasureRecorded, Phq9(total: 22, item9: 0, severity: "severe", baseline: 8));
        Assert.Contains("severe", Assert.Single(severe.Actions).Arguments[WorkflowActionNames.NoteArgument], StringComparison.Ordinal);
    }

    [Fact]
    public void WithinHoursMustBeAFewHours()
    {
        var result = Parse(Minimal("  - from: only\n    on: measure-recorded\n    actions:\n      - { action: notify-team, within_hours: 0 }"));
        Assert.False(result.Succeeded);
        Assert.Contains("'within_hours' of notify-team must be a whole number of hours from 1 to 168, not '0'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
