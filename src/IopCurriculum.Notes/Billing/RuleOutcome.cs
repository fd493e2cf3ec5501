using IopCurriculum.Domain.Billing;

namespace IopCurriculum.Notes.Billing;

/// <summary>A billing rule against the minutes of its period: the day, or the whole week the day is in.</summary>
public sealed record RuleOutcome(BillingRule Rule, int Minutes)
{
    public bool Met => Minutes >= Rule.MinimumMinutes;
}
