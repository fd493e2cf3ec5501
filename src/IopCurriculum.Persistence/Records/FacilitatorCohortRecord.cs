namespace IopCurriculum.Persistence.Records;

/// <summary>A facilitator's cohort: facilitators see and record only the cohorts they are assigned.</summary>
public sealed class FacilitatorCohortRecord
{
    public long UserId { get; set; }
    public required string CohortId { get; set; }
}
