using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Actions;

/// <summary><c>issue-reward</c>: the reward goes in the client's ledger, once.</summary>
internal sealed class RewardHandler(RewardLedger ledger) : IActionHandler
{
    public string Action => WorkflowActionNames.IssueReward;

    public Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        var reward = ledger.GrantFor(action);
        return Task.FromResult($"reward of {RewardView.Format(reward.Amount)} recorded, to be handed over");
    }
}
