using IopCurriculum.Plans;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>One version of a client's treatment plan as staff read it.</summary>
/// <param name="Source">The plan as its author wrote it.</param>
/// <param name="Reason">Why it replaced the version before; null for the first.</param>
/// <param name="SignedAt">When it was signed, in the program's time; null for a draft.</param>
public sealed record PlanVersion(
    int Version,
    TreatmentPlanContent Content,
    string Source,
    string? Reason,
    string CreatedBy,
    ZonedDateTime CreatedAt,
    string? SignedBy,
    ZonedDateTime? SignedAt,
    LocalDate? ClientAgreedOn)
{
    public bool IsSigned => SignedBy is not null;
}
