namespace IopCurriculum.Plans.Discharge;

/// <summary>The summary written when a client's course ends: why it ended, how it went, and the aftercare plan.</summary>
public sealed record DischargeSummary(DischargeReason Reason, string Summary, AftercarePlan Aftercare);
