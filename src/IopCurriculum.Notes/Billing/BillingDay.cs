using NodaTime;

namespace IopCurriculum.Notes.Billing;

/// <summary>One client-day as a billing team reads it: the minutes by service, each rule's outcome, and every reason it cannot be billed yet.</summary>
public sealed record BillingDay(
    string ClientId,
    LocalDate Date,
    int Week,
    IReadOnlyList<AttendedService> Services,
    IReadOnlyList<RuleOutcome> Rules,
    IReadOnlyList<string> Reasons)
{
    public int Minutes => Services.Sum(s => s.Minutes);

    public bool Billable => Reasons.Count == 0;

    /// <summary>Minutes per track, in the order the services came.</summary>
    public IReadOnlyList<(string Track, int Minutes)> ByTrack =>
        [.. Services.GroupBy(s => s.Track, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(s => s.Minutes)))];
}
