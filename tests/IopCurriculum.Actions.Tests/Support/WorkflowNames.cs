namespace IopCurriculum.Actions.Tests.Support;

/// <summary>The action names, short for the tests.</summary>
internal static class WorkflowNames
{
    public const string NotifyTeam = Workflows.WorkflowActionNames.NotifyTeam;
    public const string RefreshCarePlan = Workflows.WorkflowActionNames.RefreshCarePlan;
    public const string RenderGuides = Workflows.WorkflowActionNames.RenderGuides;
    public const string IssueReward = Workflows.WorkflowActionNames.IssueReward;
}
