using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>A review of a signed version: who looked at it, on which day, and what they noted.</summary>
public sealed record PlanReview(int Version, LocalDate ReviewedOn, string ReviewedBy, string Note);
