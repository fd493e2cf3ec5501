using System.Globalization;
using NodaTime;

namespace IopCurriculum.Engine.Actions;

/// <summary>A contingency-management reward: what was earned, why, by which test, and whether it has been handed over.</summary>
public sealed record RewardView(
    long Id,
    string CohortId,
    string ClientId,
    decimal Amount,
    string? Reason,
    long? TestResultId,
    LocalDate? TestDate,
    Instant Earned,
    Instant? Given,
    string? GivenBy)
{
    public bool IsOwed => Given is null;

    /// <summary>An amount as the workflow gives it, without a currency: the definitions name none.</summary>
    public static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A client's rewards added up: earned, handed over, still owed.</summary>
public sealed record RewardTotals(string ClientId, decimal Earned, decimal Given, int OwedCount)
{
    public decimal Owed => Earned - Given;
}
