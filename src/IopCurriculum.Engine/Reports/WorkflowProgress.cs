using IopCurriculum.Engine.Snapshots;

namespace IopCurriculum.Engine.Reports;

/// <summary>Where one of a client's workflows stands.</summary>
/// <param name="Workflow">The version as the journal names it, such as "matrix-client v3".</param>
/// <param name="WorkflowTitle">The workflow as people name it, such as "Matrix Model client course".</param>
/// <param name="StageTitle">The stage as people name it, such as "Early recovery".</param>
public sealed record WorkflowProgress(
    string Workflow, string Stage, bool Active, int StageWeeks, int ConsecutiveNegatives, string WorkflowTitle, string StageTitle)
{
    /// <summary>The stage in words, with its workflow and whether it has ended: "Matrix Model client course: Early recovery".</summary>
    public string Words => $"{WorkflowTitle}: {StageTitle}{(Active ? "" : " (ended)")}";

    internal static WorkflowProgress Of(InstanceSnapshot instance) => new(
        instance.Workflow,
        instance.Instance.Stage,
        instance.Instance.Active,
        Math.Max(0, instance.Instance.WeeksProcessed - instance.Instance.StageSinceWeek + 1),
        instance.Instance.ConsecutiveNegatives,
        instance.Definition.Title,
        instance.StageWords(instance.Instance.Stage));
}
