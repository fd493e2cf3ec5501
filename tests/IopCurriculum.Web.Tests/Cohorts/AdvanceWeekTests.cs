using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Cohorts;

/// <summary>Ending a cohort's week by hand from the cohort page: leads only, with a reason and a ticked confirmation.</summary>
public sealed class AdvanceWeekTests : IDisposable
{
    private const string Page = "/cohorts/" + CohortPages.Demo;

    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private int WeeksEnded => _web.Engine.Reports.Cohorts().Single(c => c.Id == CohortPages.Demo).WeeksEnded;

    [Fact]
    public async Task ALeadEndsTheWeekAndThePageShowsTheNewRunningWeek()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var page = await Forms.Page(lee, Page);
        Assert.Equal("week 1 of 16", CohortPages.Text(page, "#running-week"));
        Assert.Equal("End week 1", CohortPages.Text(page, "#advance-submit"));
        Assert.NotNull(page.QuerySelector("label[for='advance-reason']"));

        var response = await Forms.Submit(lee, page, Page, "advance", Forms.Fields(("reason", "Holiday week: the groups met early"), ("confirm", "yes")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Page}?done=advanced&ended=1", CohortPages.Target(response));
        Assert.Equal(1, WeeksEnded);

        var after = await Forms.Page(lee, CohortPages.Target(response));
        Assert.Equal("week 2 of 16 (week 1 was ended by hand)", CohortPages.Text(after, "#running-week"));
        Assert.Equal("2", after.QuerySelector("#running-week")!.GetAttribute("data-week"));
        Assert.Equal("2", after.QuerySelector("#week-calendar")!.GetAttribute("data-week"));
        var said = CohortPages.Text(after, "#advance-done");
        Assert.StartsWith("Week 1 of cohort demo-cohort has ended by hand; the cohort is now in week 2.", said, StringComparison.Ordinal);
        Assert.Contains("by lee", said, StringComparison.Ordinal);
        Assert.Contains("“Holiday week: the groups met early”", said, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#advance-form"));
        Assert.StartsWith("Week 2 has not begun", CohortPages.Text(after, "#advance-not-yet"), StringComparison.Ordinal);
        var line = _web.Engine.Reports.Journal(new IopCurriculum.Engine.Reports.JournalQuery { CohortId = CohortPages.Demo })
            .Single(l => l.ClientId is null && l.Week == 1 && l.Trigger == "week-elapsed");
        Assert.Equal(("lee", "Holiday week: the groups met early"), (line.Actor, line.Reason));
    }

    [Fact]
    public async Task NoReasonNoConfirmationOrAStaleWeekEndsNothing()
    {
        var lee = await _web.SignedInAs("lee", Roles.ClinicalLead);
        var noConfirm = await Forms.Read(await Forms.Submit(lee, Page, "advance", Forms.Fields(("reason", "Early"))));
        Assert.Equal("Tick “I confirm …” to end the week; nothing was recorded.", CohortPages.Text(noConfirm, "#advance-error"));
        Assert.Equal("Early", CohortPages.Text(noConfirm, "#advance-reason"));
        var noReason = await Forms.Read(await Forms.Submit(lee, Page, "advance", Forms.Fields(("confirm", "yes"))));
        Assert.Equal("Say why the week ends now, for the journal; nothing was recorded.", CohortPages.Text(noReason, "#advance-error"));
        var stale = await Forms.Read(await Forms.Submit(lee, Page, "advance", Forms.Fields(("reason", "Early"), ("confirm", "yes"), ("ended", "3"))));
        Assert.StartsWith("The week shown on the form is no longer the next to end (week 1 is)", CohortPages.Text(stale, "#advance-error"), StringComparison.Ordinal);
        Assert.Equal(0, WeeksEnded);
    }

    [Fact]
    public async Task AFacilitatorSeesNoFormAndAPostByHandIsRefused()
    {
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, CohortPages.Demo);
        var page = await Forms.Page(fay, Page);
        Assert.Null(page.QuerySelector("#advance-form"));
        Assert.Null(page.QuerySelector("#advance-heading"));
        var response = await HandPosts.Post(fay, page, Page, "advance", Forms.Fields(("reason", "Early"), ("confirm", "yes"), ("ended", "1")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only clinical leads end a week by hand; nothing was recorded.", CohortPages.Text(await Forms.Read(response), "#advance-error"));
        Assert.Equal(0, WeeksEnded);
    }
}
