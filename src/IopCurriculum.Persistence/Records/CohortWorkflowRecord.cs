namespace IopCurriculum.Persistence.Records;

/// <summary>A workflow definition version every client enrolled in the cohort starts on.</summary>
public sealed class CohortWorkflowRecord
{
    public required string CohortId { get; set; }
    public long DefinitionId { get; set; }
    public WorkflowDefinitionRecord? Definition { get; set; }
}
