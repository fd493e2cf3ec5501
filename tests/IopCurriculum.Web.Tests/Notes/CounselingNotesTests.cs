using System.Net;
using IopCurriculum.Access;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Notes;

/// <summary>SUD counseling notes on the chart, and the program's progress-note settings that decide who reads them.</summary>
public sealed class CounselingNotesTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task OnlyTheAuthorReadsACounselingNoteUntilTheProgramLetsARole()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        _web.User("lee", Roles.ClinicalLead);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");

        var chart = await Forms.Page(fay, "/clients/demo-01");
        var form = $"counseling-{CohortPages.Demo}";
        var empty = await Forms.Submit(fay, chart, "/clients/demo-01", form, new Dictionary<string, string> { ["counseling-text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("the counseling note is empty", CohortPages.Text(await CreationTests.Parse(empty), "section.counseling-notes p.error"), StringComparison.Ordinal);

        var written = await Forms.Submit(fay, chart, "/clients/demo-01", form, new Dictionary<string, string> { ["counseling-text"] = "Spoke about grief for her brother." });
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        chart = await Forms.Page(fay, CohortPages.Target(written));
        Assert.Equal("Counseling note saved.", CohortPages.Text(chart, "section.counseling-notes p.ok"));
        Assert.Contains("Spoke about grief for her brother.", CohortPages.Text(chart, "article.counseling-note[data-author='fay']"), StringComparison.Ordinal);
        Assert.Contains(_web.Engine.Audit.Read(new AuditQuery(Actor: "fay", Action: "read")), a => a.Resource == $"client demo-01 counseling notes in cohort {CohortPages.Demo}");

        // The clinical lead reads the chart but not fay's counseling note, and no progress-note list shows it.
        var lee = await _web.SignedIn("lee");
        var theirs = await Forms.Page(lee, "/clients/demo-01");
        Assert.Equal("None that you may read.", CohortPages.Text(theirs, "p.counseling-none"));
        Assert.DoesNotContain("grief", theirs.Body!.TextContent, StringComparison.Ordinal);

        var program = await Forms.Page(lee, "/programs/demo");
        Assert.Equal("DAP: Data, Assessment, Plan", CohortPages.Text(program, "#program-note-format"));
        Assert.Equal("their authors only", CohortPages.Text(program, "#program-counseling-readers"));
        var set = await Forms.Submit(lee, program, "/programs/demo", "note-settings", new Dictionary<string, string> { ["note-format"] = "SOAP", ["counseling-reader"] = Roles.ClinicalLead });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        program = await Forms.Page(lee, CohortPages.Target(set));
        Assert.StartsWith("SOAP", CohortPages.Text(program, "#program-note-format"), StringComparison.Ordinal);
        Assert.Equal("their authors, and clinical leads", CohortPages.Text(program, "#program-counseling-readers"));
        Assert.NotNull(program.QuerySelector("#note-settings-done"));
        Assert.Equal("SOAP", _web.Engine.Programs.List().Single().NoteFormat);

        theirs = await Forms.Page(lee, "/clients/demo-01");
        Assert.Contains("Spoke about grief for her brother.", CohortPages.Text(theirs, "article.counseling-note[data-author='fay']"), StringComparison.Ordinal);

        // An unknown format posted by hand is refused and changes nothing.
        var refused = await Forms.Submit(lee, program, "/programs/demo", "note-settings", new Dictionary<string, string> { ["note-format"] = "XYZ", ["counseling-reader"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("there is no note format 'XYZ'", CohortPages.Text(await CreationTests.Parse(refused), "#note-settings-error"), StringComparison.Ordinal);
        Assert.Equal([Roles.ClinicalLead], _web.Engine.Programs.List().Single().CounselingNoteReaders);

        // A facilitator sees the settings but has no form to change them.
        var facilitators = await Forms.Page(fay, "/programs/demo");
        Assert.Null(facilitators.QuerySelector("#note-settings-form"));
        Assert.StartsWith("SOAP", CohortPages.Text(facilitators, "#program-note-format"), StringComparison.Ordinal);
    }
}
