namespace IopCurriculum.Persistence.Records;

/// <summary>
/// One version of a client's treatment plan in one enrolment. A version is never changed once signed:
/// a change is a new version with its reason. The plan is kept as the text the clinician wrote.
/// </summary>
public sealed class TreatmentPlanRecord
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    /// <summary>1 for the first version of the enrolment's plan, then one more for each change.</summary>
    public int Version { get; set; }
    /// <summary>The plan as written (YAML or JSON); parsed again whenever it is read.</summary>
    public required string Source { get; set; }
    /// <summary>Why this version replaced the one before; null for the first.</summary>
    public string? Reason { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? SignedBy { get; set; }
    public DateTime? SignedUtc { get; set; }
    /// <summary>The day the client agreed to this version, in the program's calendar.</summary>
    public DateOnly? ClientAgreedOn { get; set; }
    public string? AgreementRecordedBy { get; set; }
    /// <summary>How many of the version's goals are active, and how many achieved: kept beside the text so rosters and guards need not read it.</summary>
    public int GoalsActive { get; set; }
    public int GoalsAchieved { get; set; }
}
