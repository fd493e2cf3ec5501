using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Guards that read the client's treatment plan: the flags plan_signed and plan_review_overdue, and the goal counts.</summary>
public class PlanFactGuardTests
{
    private static GuardExpression Compiled(string when, string trigger = "week-elapsed")
    {
        var result = Parse(WithGuard(trigger, when));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value.Transitions[0].When!;
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void FlagsStandAloneAndNegate(bool planSigned, bool overdue, bool holds)
    {
        var guard = Compiled("plan_signed and not plan_review_overdue");
        Assert.Equal(holds, guard.Evaluate(new WorkflowFacts { PlanSigned = planSigned, PlanReviewOverdue = overdue }));
        Assert.Contains("plan_signed", guard.Names);
    }

    [Theory]
    [InlineData(0, 2, true)]
    [InlineData(1, 2, false)]
    [InlineData(0, 1, false)]
    public void GoalCountsCompareAsNumbers(int active, int achieved, bool holds) =>
        Assert.Equal(holds, Compiled("goals_active == 0 and goals_achieved >= 2").Evaluate(new WorkflowFacts { GoalsActive = active, GoalsAchieved = achieved }));

    [Fact]
    public void AFlagComparedIsRefusedWithTheWayToWriteIt()
    {
        var result = Parse(WithGuard("week-elapsed", "plan_signed == 1"));
        Assert.False(result.Succeeded);
        Assert.Contains("'plan_signed' is true or false by itself: write 'plan_signed' or 'not plan_signed'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltFlagIsOfferedTheRightOne()
    {
        var result = Parse(WithGuard("week-elapsed", "plan_sigend"));
        Assert.False(result.Succeeded);
        Assert.Contains("plan_signed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkflowSaysWhetherItReadsThePlan()
    {
        Assert.True(Parse(WithGuard("week-elapsed", "plan_signed")).Value.ReadsPlan);
        Assert.True(Parse(WithGuard("week-elapsed", "goals_active > 0")).Value.ReadsPlan);
        Assert.False(Parse(WithGuard("week-elapsed", "week >= 2")).Value.ReadsPlan);
    }
}
