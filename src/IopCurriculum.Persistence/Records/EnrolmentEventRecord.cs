namespace IopCurriculum.Persistence.Records;

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
