using IopCurriculum.Notes.Billing;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Notes;

/// <summary>Billing-ready days from what the record holds: minutes by service, H0015's three hours, and every reason a day waits.</summary>
public sealed class BillingReportTests : IDisposable
{
    private const string Narrative = "Worked through the session's topic; each member named one step for the week.";

    private readonly NoteFixture _f = new();

    public void Dispose() => _f.Dispose();

    private BillingDay Day(string client, LocalDate date) =>
        _f.H.Engine.Billing.Week(_f.Cohort, 1).Days.Single(d => d.ClientId == client && d.Date == date);

    [Fact]
    public void ADayIsBillableOnceItsServicesReachTheMinimumAndEveryNoteAndThePlanHoldUp()
    {
        var monday = new LocalDate(2027, 1, 4);
        var ic = _f.Session("IC 1", client: "C-1");
        var er = _f.Session("ER 1");
        var rp = _f.Session("RP 1");
        _f.H.Attend(_f.Cohort, "C-1", ic);
        _f.AttendAll(er, "C-1", "C-2");
        _f.AttendAll(rp, "C-1", "C-2");

        var first = Day("C-1", monday);
        Assert.Equal(200, first.Minutes);
        Assert.Equal([("IC", 50), ("ER", 60), ("RP", 90)], first.ByTrack);
        Assert.Contains("IC 1 has no progress note", first.Reasons);
        Assert.Contains("RP 1 has no progress note", first.Reasons);
        Assert.True(Assert.Single(first.Rules).Met);

        _f.Save(ic, null, NoteFixture.Draft("C-1", "Went over the shift-end plan.", 50, "1.1"));
        _f.Save(er, Narrative, NoteFixture.Draft("C-1", "Practised thought-stopping twice.", 60, "1.1"), NoteFixture.Draft("C-2", "Asked how to explain the program to his boss.", 60));
        _f.Save(rp, Narrative, NoteFixture.Draft("C-1", "Named the end of a shift as her trigger.", 90, "1.1"), NoteFixture.Draft("C-2", "Described a weekend craving.", 75));
        _f.Sign(ic);
        _f.Sign(rp);
        Assert.Equal(["ER 1 has a progress note not yet signed"], Day("C-1", monday).Reasons);

        _f.Sign(er, "tia", "C-1");
        Assert.Equal(["ER 1 has a progress note awaiting a supervisor's co-signature"], Day("C-1", monday).Reasons);
        _f.Notes.CoSign(new() { CohortId = _f.Cohort, SessionId = er.Id, Actor = "sue" });
        var billable = Day("C-1", monday);
        Assert.True(billable.Billable);
        Assert.Empty(billable.Reasons);

        // C-2: the minutes the note records count, the individual session nobody recorded is missing, and there is no plan.
        _f.Sign(er);
        var c2 = Day("C-2", monday);
        Assert.Equal(135, c2.Minutes);
        Assert.False(c2.Billable);
        Assert.Contains("H0015 needs 180 minutes a day; the day has 135", c2.Reasons);
        Assert.Contains("no signed treatment plan was in force", c2.Reasons);
        Assert.Contains("IC 1 has no attendance recorded", c2.Reasons);
        Assert.DoesNotContain(c2.Services, s => s.Track == "UA");
    }

    [Fact]
    public void APlanPastItsReviewOnTheDayKeepsTheDayFromBeingBilled()
    {
        _f.H.Engine.Programs.SetPlanReviewDays(EngineHarness.ProgramId, 1);
        var friday = new LocalDate(2027, 1, 8);
        var er = _f.Session("ER 2");
        _f.H.Attend(_f.Cohort, "C-1", er);
        Assert.Contains("the treatment plan was past its review date", Day("C-1", friday).Reasons);
        Assert.Contains("H0015 needs 180 minutes a day; the day has 60", Day("C-1", friday).Reasons);
        Assert.Throws<EngineException>(() => _f.H.Engine.Billing.Week(_f.Cohort, 17));
    }
}
