namespace IopCurriculum.Domain.Billing;

/// <summary>
/// A payer's minimum for intensive outpatient services, as a program's calendar states it: so many
/// minutes of services a day (HCPCS H0015: three hours) or a week (Medicare IOP: nine hours), with
/// where the rule comes from.
/// </summary>
public sealed record BillingRule(string Code, string Name, BillingPeriod Per, int MinimumMinutes, string Source)
{
    /// <summary>The rule a calendar without billing rules has: H0015's three hours a day.</summary>
    public static readonly BillingRule H0015 = new(
        "H0015", "Alcohol and/or drug services; intensive outpatient", BillingPeriod.Day, 180,
        "HCPCS Level II code H0015 (CMS): a program of at least 3 hours a day, 3 days a week, on an individualized treatment plan");

    public static IReadOnlyList<BillingRule> Defaults { get; } = [H0015];
}
