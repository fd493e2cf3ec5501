using NodaTime;

namespace IopCurriculum.Engine.Charts;

/// <summary>A urine or breath test result.</summary>
/// <param name="Substances">As the lab wrote them; null for a negative test.</param>
public sealed record ChartResult(LocalDate CollectedOn, string Kind, string Outcome, string? Substances);
