namespace IopCurriculum.Persistence.Records;

/// <summary>A client's place in a cohort, from the cohort week they joined.</summary>
public sealed class EnrolmentRecord
{
    public long Id { get; set; }
    public required string CohortId { get; set; }
    public required string ClientId { get; set; }
    /// <summary>The cohort week the client's own week 1 falls in.</summary>
    public int StartWeek { get; set; }
    public DateTime EnrolledUtc { get; set; }

    public ClientRecord? Client { get; set; }
    public CohortRecord? Cohort { get; set; }
    public List<InstanceRecord> Instances { get; set; } = [];
}
