namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One version of a workflow definition, stored whole. Instances point here, so editing the file on
/// disk never changes a running instance.
/// </summary>
public sealed class WorkflowDefinitionRecord
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
    public required string ContentHash { get; set; }
    public required string Source { get; set; }
    public required string SourceName { get; set; }
    public DateTime RegisteredUtc { get; set; }
}
