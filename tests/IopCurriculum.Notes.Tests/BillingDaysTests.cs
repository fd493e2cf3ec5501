using IopCurriculum.Domain.Billing;
using IopCurriculum.Notes.Billing;
using NodaTime;

namespace IopCurriculum.Notes.Tests;

public sealed class BillingDaysTests
{
    private static readonly BillingRule Week540 = new("IOP-WEEK", "Nine hours a week", BillingPeriod.Week, 540, "test");

    private static ClientDayFacts Day(int day, params AttendedService[] services) =>
        new("C-1", new LocalDate(2027, 1, day), 1, services, [], PlanSigned: true, PlanReviewOverdue: false);

    private static AttendedService Group(string session, int minutes, NoteState note = NoteState.Complete) => new("RP", session, minutes, note);

    [Fact]
    public void ADayRuleCountsTheDayAndAWeekRuleTheWholeWeekOfThatClient()
    {
        var days = BillingDays.Judge(
            [Day(4, Group("RP 1", 90), Group("ER 1", 60), Group("IC 1", 50)), Day(6, Group("FE 1", 90)), Day(8, Group("RP 2", 90), Group("ER 2", 60))],
            [BillingRule.H0015, Week540]);
        Assert.Equal([200, 90, 150], days.Select(d => d.Minutes));
        Assert.All(days, d => Assert.Equal(440, d.Rules.Single(r => r.Rule.Per == BillingPeriod.Week).Minutes));
        Assert.All(days, d => Assert.Contains("IOP-WEEK needs 540 minutes a week; week 1 has 440", d.Reasons));
        Assert.DoesNotContain(days[0].Reasons, r => r.StartsWith("H0015", StringComparison.Ordinal));
        Assert.Contains("H0015 needs 180 minutes a day; the day has 90", days[1].Reasons);
    }

    [Fact]
    public void EveryReasonADayWaitsIsListedAndADayWithNoneIsBillable()
    {
        var waiting = new ClientDayFacts("C-2", new LocalDate(2027, 1, 4), 1,
            [Group("RP 1", 90, NoteState.Draft), Group("ER 1", 60, NoteState.Missing), Group("IC 1", 50, NoteState.AwaitingCoSignature)],
            ["FE 1"], PlanSigned: false, PlanReviewOverdue: false);
        var judged = BillingDays.Judge([waiting, Day(4, Group("RP 1", 180))], [BillingRule.H0015]);
        Assert.Equal(
            ["RP 1 has a progress note not yet signed", "ER 1 has no progress note", "IC 1 has a progress note awaiting a supervisor's co-signature",
             "no signed treatment plan was in force", "FE 1 has no attendance recorded"],
            judged[0].Reasons);
        Assert.False(judged[0].Billable);
        Assert.True(judged[1].Billable);
        Assert.Contains("no services attended", BillingDays.Judge([Day(5)], []).Single().Reasons);
        Assert.Contains("the treatment plan was past its review date",
            BillingDays.Judge([Day(4, Group("RP 1", 180)) with { PlanReviewOverdue = true }], [BillingRule.H0015]).Single().Reasons);
    }
}
