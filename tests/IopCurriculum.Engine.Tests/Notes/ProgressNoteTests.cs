using IopCurriculum.Engine.Notes;
using IopCurriculum.Notes.Writing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Notes;

/// <summary>A group's notes from draft to signed and locked, their addenda, co-signature, and what signing refuses.</summary>
public sealed class ProgressNoteTests : IDisposable
{
    private const string Narrative = "Covered the thought-craving-use chain; members mapped one recent craving each.";

    private readonly NoteFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static NoteDraft[] ThreeNotes() =>
    [
        NoteFixture.Draft("C-1", "Named the end of a shift as a trigger and described a plan to call her sponsor.", 90, "1.1"),
        NoteFixture.Draft("C-2", "Arrived quiet; spoke once, about boredom on weekends."),
        NoteFixture.Draft("C-3", "Led the role-play of refusing a drink at a barbecue.", 60),
    ];

    [Fact]
    public void AGroupsNotesAreSavedAsDraftsAndSignedTogetherEachKeepingTheNarrativeAsSigned()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, NoteFixture.Clients);
        Assert.Equal(3, _f.Save(rp, Narrative, ThreeNotes()));
        // Saving the same again writes nothing.
        Assert.Equal(0, _f.Save(rp, Narrative, ThreeNotes()));

        var sheet = _f.Notes.Read(_f.Cohort, rp.Id);
        Assert.Equal("DAP", sheet.Format.Code);
        Assert.Equal(["data", "assessment", "plan"], sheet.Format.Sections.Select(s => s.Key));
        Assert.NotNull(sheet.Topic);
        Assert.NotEmpty(sheet.SessionGoals);
        Assert.Equal(Narrative, sheet.Narrative);
        var c1 = sheet.Lines.Single(l => l.ClientId == "C-1");
        Assert.True(c1.Present);
        Assert.Equal(new NoteGoal(new GoalLink(1, 1), "No alcohol use for 30 days in a row, confirmed by breath tests."), Assert.Single(c1.Goals));
        Assert.Equal(NoteStage.Draft, c1.Note!.Stage);
        Assert.Empty(sheet.Lines.Single(l => l.ClientId == "C-2").Goals);

        Assert.Equal(["C-1", "C-2", "C-3"], _f.Sign(rp).Order(StringComparer.Ordinal));
        _f.Save(rp, "A different account of the session, written later.");
        var signed = _f.Notes.Read(_f.Cohort, rp.Id);
        Assert.All(signed.Lines, l => Assert.Equal(NoteStage.Complete, l.Note!.Stage));
        Assert.All(signed.Lines, l => Assert.Equal(Narrative, l.Note!.Narrative));
        Assert.All(signed.Lines, l => Assert.False(l.Note!.LateEntry));
        var note = signed.Lines.Single(l => l.ClientId == "C-3").Note!;
        Assert.Equal(("fay", 60, new LocalDateTime(2027, 1, 4, 20, 30)), (note.SignedBy, note.Minutes, note.SignedAt!.Value));
        Assert.Equal(1, signed.Lines.Single(l => l.ClientId == "C-1").Note!.PlanVersion);
    }

    [Fact]
    public void ASignedNoteIsLockedAndWhatComesLaterIsAnAddendumWithItsReason()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, NoteFixture.Clients);
        _f.Save(rp, Narrative, ThreeNotes());
        _f.Sign(rp, "fay", "C-2");

        var edit = _f.Refused(ProblemKind.Conflict, () => _f.Save(rp, null, NoteFixture.Draft("C-2", "Changed after signing.")));
        Assert.Contains("signed and locked; add an addendum", edit.Message, StringComparison.Ordinal);
        _f.Refused(ProblemKind.Conflict, () => _f.Sign(rp, "fay", "C-2"));
        var noReason = _f.Refused(ProblemKind.Invalid, () => _f.Notes.AddAddendum(new AddendumRequest
        { CohortId = _f.Cohort, SessionId = rp.Id, ClientId = "C-2", Text = "Called after group: she is safe.", Reason = " ", Actor = "fay" }));
        Assert.Contains("the reason for the addendum is empty", noReason.Message, StringComparison.Ordinal);
        var onDraft = _f.Refused(ProblemKind.Invalid, () => _f.Notes.AddAddendum(new AddendumRequest
        { CohortId = _f.Cohort, SessionId = rp.Id, ClientId = "C-1", Text = "More.", Reason = "late detail", Actor = "fay" }));
        Assert.Contains("is a draft", onDraft.Message, StringComparison.Ordinal);

        Assert.Equal(1, _f.Notes.AddAddendum(new AddendumRequest
        { CohortId = _f.Cohort, SessionId = rp.Id, ClientId = "C-2", Text = "Called after group: she is safe.", Reason = "follow-up call", Actor = "lee" }));
        var note = _f.Notes.ForClient(_f.Cohort, "C-2").Single();
        Assert.Equal("Arrived quiet; spoke once, about boredom on weekends.", note.Text["data"]);
        var addendum = Assert.Single(note.Addenda);
        Assert.Equal((1, "follow-up call", "lee"), (addendum.Number, addendum.Reason, addendum.Author));

        // Below the services, the database refuses to change a signed note too.
        using var db = _f.H.Database.Open();
        var stored = db.ProgressNotes.Single(n => n.SignedUtc != null);
        stored.Sections = "{}";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Fact]
    public void ANoteThatSaysWhatAnotherClientsNoteSaysIsRefusedAsNotIndividualized()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, NoteFixture.Clients);
        var copied = NoteFixture.Draft("C-2", "Took part well and shared.") with
        {
            Sections = new Dictionary<string, string?> { ["data"] = "Took part well and shared.", ["assessment"] = "Making progress.", ["plan"] = "Continue groups." },
        };
        var twin = copied with { ClientId = "C-3", Sections = new Dictionary<string, string?> { ["data"] = "took part  WELL, and shared", ["assessment"] = "Making progress!", ["plan"] = "continue groups" } };
        _f.Save(rp, Narrative, ThreeNotes()[0], copied, twin);

        var refused = _f.Refused(ProblemKind.Invalid, () => _f.Sign(rp));
        Assert.Contains("not individualized", refused.Message, StringComparison.Ordinal);
        // One refusal signs nothing, not even the notes that were fine.
        Assert.All(_f.Notes.Read(_f.Cohort, rp.Id).Lines, l => Assert.Equal(NoteStage.Draft, l.Note!.Stage));
        Assert.Equal(["C-1"], _f.Sign(rp, "fay", "C-1"));
    }

    [Fact]
    public void WritingAndSigningRefuseWhatCannotBeTrueAndNameIt()
    {
        var later = _f.Session("RP 2", after: false);
        Assert.Contains("is not until", _f.Refused(ProblemKind.Invalid, () => _f.Save(later, Narrative, ThreeNotes())).Message, StringComparison.Ordinal);

        var rp = _f.Session("RP 1");
        _f.H.Attend(_f.Cohort, "C-1", rp);
        _f.H.Attend(_f.Cohort, "C-2", rp, "absent");
        Assert.Contains("gives 120 minutes attended, but RP 1 lasts 90",
            _f.Refused(ProblemKind.Invalid, () => _f.Save(rp, null, NoteFixture.Draft("C-1", "Spoke.", 120))).Message, StringComparison.Ordinal);
        Assert.Contains("has no active goal 2.1; its active goals are 1.1",
            _f.Refused(ProblemKind.Invalid, () => _f.Save(rp, null, NoteFixture.Draft("C-1", "Spoke.", 90, "2.1"))).Message, StringComparison.Ordinal);
        Assert.Contains("has no signed treatment plan",
            _f.Refused(ProblemKind.Invalid, () => _f.Save(rp, null, NoteFixture.Draft("C-2", "Spoke.", 90, "1.1"))).Message, StringComparison.Ordinal);
        Assert.Contains("has no section 'mood'",
            _f.Refused(ProblemKind.Invalid, () => _f.Save(rp, null, new NoteDraft("C-1", new Dictionary<string, string?> { ["mood"] = "fine" }, 90, []))).Message, StringComparison.Ordinal);
        Assert.Contains("may write progress notes; 'otto' is not one",
            _f.Refused(ProblemKind.Invalid, () => _f.Notes.Save(new NotesSaveRequest { CohortId = _f.Cohort, SessionId = rp.Id, Drafts = ThreeNotes(), Actor = "otto" })).Message, StringComparison.Ordinal);
        var ua = _f.H.Sessions(_f.Cohort, 1).First(s => s.TrackCode == "UA");
        _f.H.AfterSession(ua);
        Assert.Contains("is a testing session",
            _f.Refused(ProblemKind.Invalid, () => _f.Save(ua, null, ThreeNotes()[0])).Message, StringComparison.Ordinal);

        _f.Save(rp, null, ThreeNotes()[0], ThreeNotes()[1], new NoteDraft("C-3", new Dictionary<string, string?> { ["data"] = " " }, null, []));
        Assert.Contains("has no shared narrative yet", _f.Refused(ProblemKind.Invalid, () => _f.Sign(rp, "fay", "C-1")).Message, StringComparison.Ordinal);
        _f.Save(rp, Narrative);
        Assert.Contains("client C-2 is not recorded present at RP 1 (absent)",
            _f.Refused(ProblemKind.Invalid, () => _f.Sign(rp, "fay", "C-2")).Message, StringComparison.Ordinal);
        Assert.Contains("client C-3 has no note for RP 1",
            _f.Refused(ProblemKind.NotFound, () => _f.Sign(rp, "fay", "C-3")).Message, StringComparison.Ordinal);
        _f.Save(rp, null, NoteFixture.Draft("C-1", "Spoke about the shift.", 90) with { Goals = [] });
        Assert.Contains("names none of their treatment plan goals",
            _f.Refused(ProblemKind.Invalid, () => _f.Sign(rp, "fay", "C-1")).Message, StringComparison.Ordinal);
        _f.Save(rp, null, new NoteDraft("C-1", new Dictionary<string, string?> { ["data"] = "Spoke about the shift." }, 90, ["1.1"]));
        Assert.Contains("write the Assessment, Plan sections",
            _f.Refused(ProblemKind.Invalid, () => _f.Sign(rp, "fay", "C-1")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteSignedMoreThan72HoursAfterItsSessionIsALateEntry()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, "C-2", "C-3");
        _f.Save(rp, Narrative, ThreeNotes()[1], ThreeNotes()[2]);
        _f.H.SetLocal(new LocalDateTime(2027, 1, 7, 20, 30));
        _f.Sign(rp, "fay", "C-2");
        _f.H.SetLocal(new LocalDateTime(2027, 1, 7, 20, 31));
        _f.Sign(rp, "fay", "C-3");
        var lines = _f.Notes.Read(_f.Cohort, rp.Id).Lines;
        Assert.False(lines.Single(l => l.ClientId == "C-2").Note!.LateEntry);
        Assert.True(lines.Single(l => l.ClientId == "C-3").Note!.LateEntry);
    }

    [Fact]
    public void ATraineesSignedNoteAwaitsASupervisorsCoSignature()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, "C-2", "C-3");
        _f.Save(rp, Narrative, ThreeNotes()[1], ThreeNotes()[2]);
        _f.Sign(rp, "tia", "C-2");
        _f.Sign(rp, "fay", "C-3");
        Assert.Equal(NoteStage.AwaitingCoSignature, _f.Notes.ForClient(_f.Cohort, "C-2").Single().Stage);
        Assert.Equal(NoteStage.Complete, _f.Notes.ForClient(_f.Cohort, "C-3").Single().Stage);

        NotesSignRequest CoSign(string by, params string[] clients) => new() { CohortId = _f.Cohort, SessionId = rp.Id, ClientIds = clients, Actor = by };
        Assert.Contains("only a supervisor may co-sign", _f.Refused(ProblemKind.Invalid, () => _f.Notes.CoSign(CoSign("fay"))).Message, StringComparison.Ordinal);
        Assert.Contains("need no co-signature", _f.Refused(ProblemKind.Invalid, () => _f.Notes.CoSign(CoSign("sue", "C-3"))).Message, StringComparison.Ordinal);
        Assert.Equal(["C-2"], _f.Notes.CoSign(CoSign("sue")));
        var note = _f.Notes.ForClient(_f.Cohort, "C-2").Single();
        Assert.Equal((NoteStage.Complete, "sue"), (note.Stage, note.CoSignedBy));
        Assert.Contains("already co-signed", _f.Refused(ProblemKind.Conflict, () => _f.Notes.CoSign(CoSign("sue", "C-2"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndividualSessionsNoteNeedsNoNarrativeAndOnlyItsClientHasOne()
    {
        var ic = _f.Session("IC 1", client: "C-2");
        _f.H.Attend(_f.Cohort, "C-2", ic);
        var other = _f.Refused(ProblemKind.Invalid, () => _f.Save(ic, null, NoteFixture.Draft("C-3", "Not theirs.", 50)));
        Assert.Contains("another client's individual session", other.Message, StringComparison.Ordinal);
        _f.Save(ic, null, NoteFixture.Draft("C-2", "Reviewed the week's cravings log together.", 50));
        Assert.Equal(["C-2"], _f.Sign(ic));
        var sheet = _f.Notes.Read(_f.Cohort, ic.Id);
        Assert.False(sheet.NarrativeNeeded);
        Assert.Equal("C-2", Assert.Single(sheet.Lines).ClientId);
    }

    [Fact]
    public void TheProgramChoosesItsNoteFormatAndNotesAlreadyWrittenKeepTheirs()
    {
        var rp = _f.Session("RP 1");
        _f.AttendAll(rp, "C-2", "C-3");
        _f.Save(rp, Narrative, ThreeNotes()[1]);
        Assert.Equal(("DAP", "BIRP"), _f.H.Engine.Programs.SetNoteFormat(EngineHarness.ProgramId, "birp"));
        Assert.Contains("there is no note format 'XYZ'", Assert.Throws<EngineException>(() => _f.H.Engine.Programs.SetNoteFormat(EngineHarness.ProgramId, "XYZ")).Message, StringComparison.Ordinal);
        var sheet = _f.Notes.Read(_f.Cohort, rp.Id);
        Assert.Equal(["behavior", "intervention", "response", "plan"], sheet.Format.Sections.Select(s => s.Key));
        Assert.Equal("DAP", sheet.Lines.Single(l => l.ClientId == "C-2").Note!.Text.Format.Code);
        _f.Save(rp, null, new NoteDraft("C-3", new Dictionary<string, string?>
        { ["behavior"] = "Engaged.", ["intervention"] = "Coached a refusal.", ["response"] = "Rehearsed it twice.", ["plan"] = "Try it at home." }, 90, []));
        Assert.Equal("BIRP", _f.Notes.ForClient(_f.Cohort, "C-3").Single().Text.Format.Code);
    }
}
