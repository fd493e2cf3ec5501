using IopCurriculum.Domain.Billing;

namespace IopCurriculum.Notes.Billing;

/// <summary>
/// Judges client-days against a program's billing rules. A day can be billed when every rule is met
/// (a day rule by the day's minutes, a week rule by the minutes of the day's week) and the record
/// holds up: every attended session has a signed note (co-signed where the writer needs it), a signed
/// treatment plan was in force and not past its review, and no session of the day is left unrecorded.
/// Nothing here submits a claim.
/// </summary>
public static class BillingDays
{
    public static IReadOnlyList<BillingDay> Judge(IReadOnlyList<ClientDayFacts> days, IReadOnlyList<BillingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(rules);
        var weekMinutes = days.GroupBy(d => (d.ClientId, d.Week))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Services.Sum(s => s.Minutes)));
        return [.. days.Select(d => Judge(d, rules, weekMinutes[(d.ClientId, d.Week)]))];
    }

    private static BillingDay Judge(ClientDayFacts day, IReadOnlyList<BillingRule> rules, int weekMinutes)
    {
        var minutes = day.Services.Sum(s => s.Minutes);
        var outcomes = rules.Select(r => new RuleOutcome(r, r.Per == BillingPeriod.Day ? minutes : weekMinutes)).ToList();
        var reasons = new List<string>();
        if (day.Services.Count == 0) reasons.Add("no services attended");
        foreach (var outcome in outcomes.Where(o => !o.Met))
            reasons.Add($"{outcome.Rule.Code} needs {outcome.Rule.MinimumMinutes} minutes a {(outcome.Rule.Per == BillingPeriod.Day ? "day" : "week")}; {(outcome.Rule.Per == BillingPeriod.Day ? "the day has" : $"week {day.Week} has")} {outcome.Minutes}");
        foreach (var service in day.Services)
        {
            var problem = service.Note switch
            {
                NoteState.Missing => "has no progress note",
                NoteState.Draft => "has a progress note not yet signed",
                NoteState.AwaitingCoSignature => "has a progress note awaiting a supervisor's co-signature",
                _ => null,
            };
            if (problem is not null) reasons.Add($"{service.Session} {problem}");
        }
        if (!day.PlanSigned) reasons.Add("no signed treatment plan was in force");
        else if (day.PlanReviewOverdue) reasons.Add("the treatment plan was past its review date");
        foreach (var session in day.Unrecorded) reasons.Add($"{session} has no attendance recorded");
        return new BillingDay(day.ClientId, day.Date, day.Week, day.Services, outcomes, reasons);
    }
}
