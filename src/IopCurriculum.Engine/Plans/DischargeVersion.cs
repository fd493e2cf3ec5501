using IopCurriculum.Plans.Discharge;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>One signed version of a client's discharge summary.</summary>
/// <param name="Correction">Why it corrects the version before; null for the first.</param>
public sealed record DischargeVersion(int Version, DischargeSummary Content, string Source, string? Correction, string SignedBy, ZonedDateTime SignedAt);
