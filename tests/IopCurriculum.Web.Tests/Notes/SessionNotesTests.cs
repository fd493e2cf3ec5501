using System.Net;
using AngleSharp.Html.Dom;
using IopCurriculum.Access;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Web.Tests.Support;

namespace IopCurriculum.Web.Tests.Notes;

/// <summary>Progress notes on the register page: drafts, signing, refusals that keep what was typed, and addenda.</summary>
public sealed class SessionNotesTests : IDisposable
{
    private readonly IopWebFactory _web = new();

    public void Dispose() => _web.Dispose();

    private static string Url(long session) => $"/cohorts/{CohortPages.Demo}/sessions/{session}/attendance";

    /// <summary>The form's fields for each client's note, by client id: data, assessment and plan sections, and minutes.</summary>
    private static Dictionary<string, string> Notes(IHtmlDocument page, string narrative, Dictionary<string, string> data, string action = "save")
    {
        var fields = new Dictionary<string, string> { ["narrative"] = narrative, ["action"] = action };
        foreach (var hidden in page.QuerySelectorAll("#notes-form input[type=hidden][name$='-client']").Cast<IHtmlInputElement>())
        {
            var prefix = hidden.Name![..^"client".Length];
            if (!data.TryGetValue(hidden.Value, out var text)) continue;
            fields[prefix + "section-data"] = text;
            fields[prefix + "section-assessment"] = "Moved toward naming triggers.";
            fields[prefix + "section-plan"] = "Brings a trigger list next time.";
        }
        return fields;
    }

    [Fact]
    public async Task AFacilitatorWritesTheGroupsNotesOnTheRegisterAndSignsThem()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        var before = await Forms.Page(fay, Url(rp));
        Assert.Equal("Record attendance first: a note is written for each client recorded present.", CohortPages.Text(before, "#notes-none"));
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "attended"), ("demo-03", "late"), ("demo-04", "absent")));

        var page = await Forms.Page(fay, Url(rp));
        Assert.Equal(["demo-01", "demo-02", "demo-03"], page.QuerySelectorAll("fieldset.client-note").Select(f => f.GetAttribute("data-client")).Order(StringComparer.Ordinal));
        Assert.Contains("Topic:", CohortPages.Text(page, "#session-context"), StringComparison.Ordinal);
        Assert.Equal("90", page.QuerySelector("#note-demo-01-minutes")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("label[for='note-demo-01-data']"));

        var data = new Dictionary<string, string> { ["demo-01"] = "Mapped a Friday craving.", ["demo-02"] = "Quiet; spoke once.", ["demo-03"] = "Quiet; spoke once." };
        // Signing refuses the copied note: the drafts are kept, nothing is signed, and the page shows why.
        var refused = await Forms.Submit(fay, page, Url(rp), "notes", Notes(page, "Covered the relapse chain.", data, "sign"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await CreationTests.Parse(refused);
        Assert.Contains("not individualized", CohortPages.Text(shown, "#notes-error"), StringComparison.Ordinal);
        Assert.All(_web.Engine.Notes.Read(CohortPages.Demo, rp).Lines.Where(l => l.Note is not null), l => Assert.Equal(NoteStage.Draft, l.Note!.Stage));
        Assert.Equal("Quiet; spoke once.", shown.QuerySelector("#note-demo-03-data")!.TextContent);

        data["demo-03"] = "Arrived late from work; described a craving in the car.";
        page = await Forms.Page(fay, Url(rp));
        var signed = await Forms.Submit(fay, page, Url(rp), "notes", Notes(page, "Covered the relapse chain.", data, "sign"));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        page = await Forms.Page(fay, CohortPages.Target(signed));
        Assert.Equal("Notes saved and signed.", CohortPages.Text(page, "#notes-done"));
        Assert.Equal(3, page.QuerySelectorAll("article.signed-note[data-stage='Complete']").Length);
        Assert.Null(page.QuerySelector("#notes-form"));
        Assert.Contains("Signed by fay on 2027-01-04 20:45", CohortPages.Text(page, "#signed-demo-03"), StringComparison.Ordinal);

        var noReason = await Forms.Submit(fay, page, Url(rp), "addendum", new Dictionary<string, string> { ["addendum-client"] = "demo-02", ["addendum-text"] = "Phoned after group.", ["addendum-reason"] = "" });
        Assert.Contains("the reason for the addendum is empty", CohortPages.Text(await CreationTests.Parse(noReason), "#notes-error"), StringComparison.Ordinal);
        var added = await Forms.Submit(fay, page, Url(rp), "addendum", new Dictionary<string, string> { ["addendum-client"] = "demo-02", ["addendum-text"] = "Phoned after group.", ["addendum-reason"] = "follow-up" });
        page = await Forms.Page(fay, CohortPages.Target(added));
        Assert.Contains("Addendum 1 by fay", CohortPages.Text(page, "#signed-demo-02 p.addendum"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomePageListsNotesOwedAndTheChartShowsNotesByTrack()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended"), ("demo-02", "attended")));
        var home = await Forms.Page(fay, "/");
        Assert.Contains("RP 1 on Mon 2027-01-04, cohort demo-cohort: 2 clients without a note", CohortPages.Text(home, $"#list-to-write li[data-session='{rp}']"), StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("#none-to-sign"));

        var page = await Forms.Page(fay, Url(rp));
        await Forms.Submit(fay, page, Url(rp), "notes", Notes(page, "Covered the chain.", new() { ["demo-01"] = "Mapped a craving." }));
        home = await Forms.Page(fay, "/");
        Assert.Contains("1 client without a note", CohortPages.Text(home, $"#list-to-write li[data-session='{rp}']"), StringComparison.Ordinal);
        Assert.Contains("1 draft", CohortPages.Text(home, $"#list-to-sign li[data-session='{rp}']"), StringComparison.Ordinal);

        var chart = await Forms.Page(fay, "/clients/demo-01");
        var note = chart.QuerySelector("article.chart-note[data-track='RP']")!;
        Assert.Contains("Draft by", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mapped a craving.", note.TextContent, StringComparison.Ordinal);
        Assert.Empty((await Forms.Page(fay, "/clients/demo-01?track=ER")).QuerySelectorAll("article.chart-note"));
        Assert.Equal("0 of 1 notes shown.", CohortPages.Text(await Forms.Page(fay, "/clients/demo-01?goal=1.1"), "p.notes-count"));
    }

    [Fact]
    public async Task ATestingSessionsRegisterHasNoNotesAndMinutesBeyondTheSessionAreRefused()
    {
        _web.User("fay", Roles.Facilitator, CohortPages.Demo);
        CohortPages.SetLocal(_web, 1, 4, 20, 45);
        var fay = await _web.SignedIn("fay");
        var rp = await CohortPages.SessionId(fay, CohortPages.Demo, 1, "RP 1", "2027-01-04");
        await CohortPages.Register(fay, CohortPages.Demo, rp, CohortPages.Marks(("demo-01", "attended")));
        var page = await Forms.Page(fay, Url(rp));
        var fields = Notes(page, "Covered the chain.", new Dictionary<string, string> { ["demo-01"] = "Spoke." });
        fields["note-0-minutes"] = "200";
        var refused = await Forms.Submit(fay, page, Url(rp), "notes", fields);
        var shown = await CreationTests.Parse(refused);
        Assert.Contains("gives 200 minutes attended, but RP 1 lasts 90", CohortPages.Text(shown, "#notes-error"), StringComparison.Ordinal);
        Assert.Null(_web.Engine.Notes.Read(CohortPages.Demo, rp).Lines.Single(l => l.ClientId == "demo-01").Note);

        var testing = _web.Engine.Snapshots.Whole(CohortPages.Demo).Sessions.First(s => s.TrackCode == "UA");
        CohortPages.SetLocal(_web, 1, 8, 21, 0);
        var ua = await Forms.Page(await _web.SignedIn("fay"), Url(testing.Id));
        Assert.Null(ua.QuerySelector("#notes"));
    }
}
