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

/// <summary>A change to an enrolment (enrolled, discharged, readmitted), kept as history.</summary>
public sealed class EnrolmentEventRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public required string Kind { get; set; }
    public int Week { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public string? Reason { get; set; }
}
