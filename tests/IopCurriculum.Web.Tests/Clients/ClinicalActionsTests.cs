using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Clients;

/// <summary>Discharge, readmission and clinical overrides from the client chart: leads only, each with a reason and a ticked confirmation.</summary>
public sealed class ClinicalActionsTests : IDisposable
{
    private const string Chart = "/clients/demo-04";
    private const string Cohort = CohortPages.Demo;

    private readonly IopWebFactory _web = new();

    public ClinicalActionsTests() => _web.User("lee", Roles.ClinicalLead);

    public void Dispose() => _web.Dispose();

    private bool Active => _web.Engine.Charts.Read("demo-04").Enrolments[0].Active;

    private string Stage => _web.Engine.Charts.Read("demo-04").Enrolments[0].Stages[0].Stage;

    private int JournalLines => _web.Engine.Reports.Journal(new JournalQuery { CohortId = Cohort, ClientId = "demo-04" }).Count;

    [Fact]
    public async Task ALeadDischargesAndReadmitsAClientAndTheChartSaysWhatHappened()
    {
        var lee = await _web.SignedIn("lee");
        var page = await Forms.Page(lee, Chart);
        Assert.NotNull(page.QuerySelector($"#discharge-form-{Cohort}"));
        Assert.Null(page.QuerySelector($"#readmit-form-{Cohort}"));
        Assert.NotNull(page.QuerySelector($"label[for='discharge-reason-{Cohort}']"));

        var discharged = await Forms.Submit(lee, page, Chart, $"discharge-{Cohort}", Forms.Fields(("reason", "Moved out of the area"), ("confirm", "yes")));
        Assert.Equal(HttpStatusCode.Redirect, discharged.StatusCode);
        Assert.Equal($"{Chart}?done=discharged&cohort={Cohort}", CohortPages.Target(discharged));
        Assert.False(Active);
        var after = await Forms.Page(lee, CohortPages.Target(discharged));
        var said = CohortPages.Text(after, "#chart-done");
        Assert.StartsWith("Client demo-04 is discharged from cohort demo-cohort", said, StringComparison.Ordinal);
        Assert.Contains("Matrix Model client course: from Intake and assessment to Discharged", said, StringComparison.Ordinal);
        Assert.Contains("by lee", said, StringComparison.Ordinal);
        Assert.Contains("“Moved out of the area”", said, StringComparison.Ordinal);
        Assert.Equal("role", after.QuerySelector("#chart-done")!.Attributes["role"]!.Name);

        Assert.Null(after.QuerySelector($"#discharge-form-{Cohort}"));
        var readmitted = await Forms.Submit(lee, after, Chart, $"readmit-{Cohort}", Forms.Fields(("reason", "Back in town"), ("confirm", "yes")));
        Assert.Equal($"{Chart}?done=readmitted&cohort={Cohort}", CohortPages.Target(readmitted));
        Assert.True(Active);
        Assert.Equal("orientation", Stage);
        var back = await Forms.Page(lee, CohortPages.Target(readmitted));
        Assert.Contains("from Discharged to Orientation", CohortPages.Text(back, "#chart-done"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALeadMovesAClientToAStageTheWorkflowAllows()
    {
        var lee = await _web.SignedIn("lee");
        var page = await Forms.Page(lee, Chart);
        var options = Forms.Texts(page, $"#override-target-{Cohort} option");
        Assert.Contains("On hold", options);
        Assert.NotNull(page.QuerySelector($"#override-target-{Cohort} optgroup[label='Matrix Model client course (now Intake and assessment)']"));

        var moved = await Forms.Submit(lee, page, Chart, $"override-{Cohort}", Forms.Fields(("target", "matrix-client/on-hold"), ("reason", "Hospital stay"), ("confirm", "yes")));
        Assert.Equal($"{Chart}?done=overridden&cohort={Cohort}", CohortPages.Target(moved));
        Assert.Equal("on-hold", Stage);
        var after = await Forms.Page(lee, CohortPages.Target(moved));
        Assert.Contains("Matrix Model client course: from Intake and assessment to On hold", CohortPages.Text(after, "#chart-done"), StringComparison.Ordinal);
        Assert.Contains("Orientation", Forms.Texts(after, $"#override-target-{Cohort} option"));
    }

    [Fact]
    public async Task AMissingReasonAnUntickedConfirmationOrAStageNotAllowedRecordsNothing()
    {
        var lee = await _web.SignedIn("lee");
        var lines = JournalLines;

        var noConfirm = await Forms.Read(await Forms.Submit(lee, Chart, $"discharge-{Cohort}", Forms.Fields(("reason", "Moved away"))));
        Assert.Equal("Tick “I confirm …” to discharge the client; nothing was recorded.", CohortPages.Text(noConfirm, $"#clinical-error-{Cohort}"));
        Assert.Equal("Moved away", CohortPages.Text(noConfirm, $"#discharge-reason-{Cohort}"));

        var noReason = await Forms.Read(await Forms.Submit(lee, Chart, $"discharge-{Cohort}", Forms.Fields(("reason", " "), ("confirm", "yes"))));
        Assert.StartsWith("Say why, for the journal", CohortPages.Text(noReason, $"#clinical-error-{Cohort}"), StringComparison.Ordinal);

        var notAllowed = await Forms.Read(await Forms.Submit(lee, Chart, $"override-{Cohort}", Forms.Fields(("target", "matrix-client/completed"), ("reason", "Done early"), ("confirm", "yes"))));
        Assert.Equal("The client's workflows do not allow a move to “completed” from where they stand; nothing was recorded.", CohortPages.Text(notAllowed, $"#clinical-error-{Cohort}"));

        // A readmission of a client still in treatment: the page does not offer it, and says so.
        var stale = await HandPosts.Post(lee, await Forms.Page(lee, Chart), Chart, $"readmit-{Cohort}", Forms.Fields(("reason", "Back"), ("confirm", "yes")));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("no longer applies", CohortPages.Text(await Forms.Read(stale), $"#clinical-error-{Cohort}"), StringComparison.Ordinal);

        Assert.True(Active);
        Assert.Equal("intake-assessment", Stage);
        Assert.Equal(lines, JournalLines);
    }

    [Fact]
    public async Task AFacilitatorSeesNoDecisionFormsAndAPostByHandIsRefused()
    {
        var fay = await _web.SignedInAs("fay", Roles.Facilitator, Cohort);
        var page = await Forms.Page(fay, Chart);
        Assert.Null(page.QuerySelector($"#discharge-form-{Cohort}"));
        Assert.Null(page.QuerySelector($"#override-form-{Cohort}"));
        Assert.Null(page.QuerySelector("#rename-form"));

        var tokens = await Forms.Page(fay, $"/cohorts/{Cohort}");
        var response = await HandPosts.Post(fay, tokens, Chart, $"discharge-{Cohort}", Forms.Fields(("reason", "Moved away"), ("confirm", "yes")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Only clinical leads discharge, readmit or move clients between stages; nothing was recorded.", CohortPages.Text(await Forms.Read(response), $"#clinical-error-{Cohort}"));
        Assert.True(Active);
    }
}
