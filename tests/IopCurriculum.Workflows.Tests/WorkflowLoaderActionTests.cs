using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Actions on entry and on transitions: known names, their arguments, and the reward's amount.</summary>
public class WorkflowLoaderActionTests
{
    [Fact]
    public void UnknownAction()
    {
        var result = With("actions: [notify-team]", "actions: [notify-teams]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "notify-team]"), "unknown action 'notify-teams' (did you mean 'notify-team'?)");
    }

    [Fact]
    public void UnknownActionWithNothingClose()
    {
        var result = With("on_entry: [plan-sessions]", "on_entry: [celebrate]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "plan-sessions"),
            "unknown action 'celebrate'; the actions are plan-sessions, render-guides, refresh-care-plan, book-individual-session, issue-reward, notify-team");
    }

    [Fact]
    public void UnknownActionArgument()
    {
        var result = With("amount: 10", "amout: 10");
        Assert.Equal(
            [
                $"{SourceName}:12:9: error: issue-reward needs 'amount'",
                $"{SourceName}:12:33: error: unknown argument 'amout' for issue-reward (did you mean 'amount'?); it takes 'amount', 'note'",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void RewardAmountMustBePositive()
    {
        var result = With("amount: 10", "amount: ten");
        DiagnosticAssert.Single(result, (12, 41), "'amount' of issue-reward must be a positive number such as 10, not 'ten'");
    }

    [Fact]
    public void RewardWrittenAsANameLacksItsAmount()
    {
        var result = With("on_entry: [plan-sessions]", "on_entry: [issue-reward]");
        DiagnosticAssert.Single(result, TextPosition.Of(Text, "plan-sessions"), "issue-reward needs 'amount': write it as { action: issue-reward, amount: ... }");
    }
}
