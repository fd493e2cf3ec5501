using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.Facts;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The shipped reward schedule, workflows/contingency-management.yaml: the engine is not tied to one course.</summary>
public class ContingencyManagementTests
{
    private static WorkflowMachine Machine => ShippedWorkflows.ContingencyManagement;

    [Fact]
    public void EachNegativeTestEarnsALargerRewardUpToTheCap()
    {
        var stage = Machine.Definition.InitialStage;
        Assert.Equal("baseline", stage);

        foreach (var (level, amount) in new[] { (1, "5"), (2, "10"), (3, "15"), (4, "20"), (5, "25") })
        {
            var outcome = Machine.Fire(stage, WorkflowTrigger.TestResult, Test("negative"));
            Assert.True(outcome.Moved);
            Assert.Equal($"reward-{level}", outcome.To);
            Assert.Equal(amount, Reward(outcome));
            stage = outcome.To;
        }

        // At the cap a further negative re-enters the cap and pays the top reward again.
        var capped = Machine.Fire(stage, WorkflowTrigger.TestResult, Test("negative"));
        Assert.True(capped.Fired);
        Assert.True(capped.Entered);
        Assert.False(capped.Moved);
        Assert.Equal("reward-5", capped.To);
        Assert.Equal("25", Reward(capped));
    }

    [Theory]
    [InlineData("positive")]
    [InlineData("missed")]
    public void APositiveOrMissedTestResetsToBaseline(string result)
    {
        var outcome = Machine.Fire("reward-3", WorkflowTrigger.TestResult, Test(result));
        Assert.True(outcome.Moved);
        Assert.Equal("baseline", outcome.To);
        Assert.Equal(["notify-team"], outcome.Names());

        // From baseline the next negative starts the ladder again at the bottom.
        Assert.Equal("5", Reward(Machine.Fire("baseline", WorkflowTrigger.TestResult, Test("negative"))));
    }

    [Fact]
    public void AnInvalidSpecimenChangesNothing()
    {
        var outcome = Machine.Fire("reward-2", WorkflowTrigger.TestResult, Test("invalid"));
        Assert.False(outcome.Fired);
        Assert.Equal("reward-2", outcome.To);
        Assert.Equal(
            "Reward level 2 stays: a test result moves a client on from it only when result is negative, or when result is positive or result is missed",
            outcome.Refusal);
    }

    [Fact]
    public void AWeekWithNoResultCountsAsMissed()
    {
        var outcome = Machine.Fire("reward-4", WorkflowTrigger.WeekElapsed, Week(6, 1, resultsThisWeek: 0));
        Assert.Equal("baseline", outcome.To);
        Assert.Equal("no test result this week", outcome.Actions.Single().Argument("note"));

        Assert.False(Machine.Fire("reward-4", WorkflowTrigger.WeekElapsed, Week(6, 1, resultsThisWeek: 1)).Fired);
        Assert.False(Machine.Fire("baseline", WorkflowTrigger.WeekElapsed, Week(6, 1, resultsThisWeek: 0)).Fired);
    }

    [Fact]
    public void TheScheduleEndsAfterTwelveWeeksBeforeAnyReset()
    {
        // Both week-elapsed guards hold; the one written first wins.
        var outcome = Machine.Fire("reward-2", WorkflowTrigger.WeekElapsed, Week(12, 1, resultsThisWeek: 0));
        Assert.Equal("ended", outcome.To);
        Assert.Equal("week >= 12", outcome.Transition!.When!.Text);
        Assert.Equal(["notify-team"], outcome.Names());
        Assert.False(Machine.Fire("ended", WorkflowTrigger.TestResult, Test("negative")).Fired);
    }

    private static string? Reward(FireOutcome outcome)
    {
        var reward = Assert.Single(outcome.Actions);
        Assert.Equal(WorkflowActionNames.IssueReward, reward.Name);
        return reward.Argument(WorkflowActionNames.AmountArgument);
    }
}
