namespace IopCurriculum.Domain.Billing;

/// <summary>What a billing rule's minimum is counted over: one day, or one week of the course.</summary>
public enum BillingPeriod { Day, Week }
