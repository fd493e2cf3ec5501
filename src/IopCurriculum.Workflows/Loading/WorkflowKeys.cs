namespace IopCurriculum.Workflows.Loading;

/// <summary>The keys each part of a workflow file may use; anything else is reported as unknown.</summary>
internal static class WorkflowKeys
{
    public static readonly string[] Workflow = ["workflow", "version", "title", "initial", "stages", "transitions"];

    public static readonly string[] Stage = ["name", "title", "description", "final", "attends", "on_entry"];

    public static readonly string[] Transition = ["from", "on", "when", "to", "actions", "note"];

    /// <summary>The key that names the action in an action written as a mapping; the others are its arguments.</summary>
    public const string Action = "action";
}
