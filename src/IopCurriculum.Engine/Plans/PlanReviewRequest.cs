namespace IopCurriculum.Engine.Plans;

/// <summary>A clinician reviews the plan in force with the client; it continues, and the next review falls due from today.</summary>
public sealed record PlanReviewRequest
{
    public required string CohortId { get; init; }
    public required string ClientId { get; init; }
    public required string Note { get; init; }
    /// <summary>The user name of the reviewing clinician.</summary>
    public required string Actor { get; init; }
}
