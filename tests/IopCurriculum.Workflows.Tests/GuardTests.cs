using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The guard language: what a condition means.</summary>
public class GuardTests
{
    private static GuardExpression Compiled(string when, string trigger = "week-elapsed")
    {
        var result = Parse(WithGuard(trigger, when));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value.Transitions[0].When!;
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(2, 0, false)]
    [InlineData(2, 9, true)]
    [InlineData(3, 9, false)]
    public void AndBindsTighterThanOr(int week, int stageWeeks, bool holds)
    {
        var guard = Compiled("week == 1 or week == 2 and stage_weeks == 9");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week, StageWeeks = stageWeeks }));
    }

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(1, 9, true)]
    [InlineData(3, 9, false)]
    public void ParenthesesGroup(int week, int stageWeeks, bool holds)
    {
        var guard = Compiled("(week == 1 or week == 2) and stage_weeks == 9");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week, StageWeeks = stageWeeks }));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void NotNegatesTheComparisonAfterIt(int week, bool holds)
    {
        var guard = Compiled("not week >= 3 and not not week > 0");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { Week = week }));
    }

    [Theory]
    [InlineData("week < 4", 3, true)]
    [InlineData("week < 4", 4, false)]
    [InlineData("week <= 4", 4, true)]
    [InlineData("week > 4", 4, false)]
    [InlineData("week >= 4", 4, true)]
    [InlineData("week != 4", 4, false)]
    [InlineData("4 == week", 4, true)]
    public void NumberComparisons(string when, int week, bool holds) =>
        Assert.Equal(holds, Compiled(when).Evaluate(new WorkflowFacts { Week = week }));

    [Fact]
    public void TrackCountsReadTheFactsAndATrackNotListedCountsZero()
    {
        var guard = Compiled("attended(ER) >= 6 and missed(ER) <= 1 and attended(RP) == 0");
        var counts = new Dictionary<string, int> { ["ER"] = 6 };
        Assert.True(guard.Evaluate(new WorkflowFacts { Attended = counts, Missed = new Dictionary<string, int> { ["ER"] = 1 } }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Attended = counts, Missed = new Dictionary<string, int> { ["ER"] = 2 } }));
        Assert.False(guard.Evaluate(WorkflowFacts.None));
        Assert.Equal(["ER", "RP"], guard.TrackCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OtherFactsHaveTheirNames()
    {
        var guard = Compiled("consecutive_negatives >= 3 and results_this_week == 0");
        Assert.True(guard.Evaluate(new WorkflowFacts { ConsecutiveNegatives = 3 }));
        Assert.False(guard.Evaluate(new WorkflowFacts { ConsecutiveNegatives = 3, ResultsThisWeek = 1 }));
    }

    [Fact]
    public void WordsCompareWithSymbolFactsAndAMissingFactEqualsNothing()
    {
        var guard = Compiled("track == IC and status != absent", "session-recorded");
        Assert.True(guard.Evaluate(new WorkflowFacts { Track = "IC", Status = "late" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Track = "IC", Status = "absent" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Track = "ER", Status = "attended" }));
        Assert.False(guard.Evaluate(new WorkflowFacts { Status = "attended" }));
        Assert.Equal(["IC"], guard.TrackCodes);
    }

    [Fact]
    public void AValueMayStandOnTheLeft() =>
        Assert.True(Compiled("positive == result", "test-result").Evaluate(new WorkflowFacts { Result = "positive" }));

    [Fact]
    public void MissedIsATestResultBesideResultAndACountWithATrack()
    {
        Assert.True(Compiled("result == missed", "test-result").Evaluate(new WorkflowFacts { Result = "missed" }));
        Assert.True(Compiled("missed(ER) >= 2").Evaluate(new WorkflowFacts { Missed = new Dictionary<string, int> { ["ER"] = 2 } }));
    }

    [Fact]
    public void TargetTakesStageNamesWithDashes() =>
        Assert.True(Compiled("target == done", "clinical-override").Evaluate(new WorkflowFacts { Target = "done" }));

    [Fact]
    public void TextIsKeptAsWritten()
    {
        var guard = Compiled("stage_weeks   >= 4");
        Assert.Equal("stage_weeks   >= 4", guard.Text);
        Assert.Equal(guard.Text, guard.ToString());
        Assert.Equal(["stage_weeks"], guard.Names);
    }
}
