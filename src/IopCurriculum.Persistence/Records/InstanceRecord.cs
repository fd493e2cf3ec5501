namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One client's run of one workflow definition version. The state machine's state lives here, not in
/// memory, and <see cref="Revision"/> guards it against two writers.
/// </summary>
public sealed class InstanceRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    /// <summary>The exact definition version the instance is pinned to.</summary>
    public long DefinitionId { get; set; }
    public required string Stage { get; set; }
    /// <summary>The first cohort week that counts toward the current stage.</summary>
    public int StageSinceWeek { get; set; }
    /// <summary>The last cohort week boundary this instance has processed.</summary>
    public int WeeksProcessed { get; set; }
    public int ConsecutiveNegatives { get; set; }
    /// <summary>False once the instance reaches a final stage; the scheduler skips it.</summary>
    public bool Active { get; set; } = true;
    public DateTime UpdatedUtc { get; set; }
    public int Revision { get; set; }

    public EnrolmentRecord? Enrolment { get; set; }
    public WorkflowDefinitionRecord? Definition { get; set; }
}
