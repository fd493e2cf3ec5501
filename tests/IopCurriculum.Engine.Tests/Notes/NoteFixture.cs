using IopCurriculum.Notes.Writing;
using IopCurriculum.Access;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Engine.Tests.Notes;

/// <summary>
/// A cohort starting Monday 2027-01-04 with three clients in week 1 and the staff who write notes:
/// lee (clinical lead), fay (the cohort's facilitator), tia (a facilitator whose notes need co-signing),
/// sue (a supervisor) and otto (a facilitator of no cohort here). C-1 has a signed plan whose goal 1.1 is
/// active and 2.1 proposed.
/// </summary>
internal sealed class NoteFixture : IDisposable
{
    private const string Password = "a long enough password";

    public NoteFixture()
    {
        H.CreateProgram();
        Cohort = H.CreateCohort(new LocalDate(2027, 1, 4)).Id;
        foreach (var client in Clients) H.Enrol(Cohort, client, 1);
        var users = H.Engine.Users;
        users.Create("lee", "Lee", Password, Roles.ClinicalLead, "setup");
        users.Create("fay", "Fay", Password, Roles.Facilitator, "setup");
        users.Create("tia", "Tia", Password, Roles.Facilitator, "setup");
        users.Create("sue", "Sue", Password, Roles.Supervisor, "setup");
        users.Create("otto", "Otto", Password, Roles.Facilitator, "setup");
        users.Create("sam", "Sam", Password, Roles.Facilitator, "setup");
        users.AssignCohort("fay", Cohort, "setup");
        users.AssignCohort("tia", Cohort, "setup");
        users.SetNotesNeedCoSignature("tia", true, "setup");
        H.Engine.TreatmentPlans.Write(new PlanWriteRequest { CohortId = Cohort, ClientId = "C-1", Source = SamplePlan.Text, SourceName = "plan.yaml", Actor = "lee" });
        H.Engine.TreatmentPlans.Sign(new PlanSignRequest { CohortId = Cohort, ClientId = "C-1", Actor = "lee" });
    }

    public static readonly string[] Clients = ["C-1", "C-2", "C-3"];

    public EngineHarness H { get; } = new(new LocalDateTime(2027, 1, 4, 9, 0));

    public string Cohort { get; }

    public ProgressNoteService Notes => H.Engine.Notes;

    /// <summary>A session of week 1 by its label (a client's own session by the client too), its clock moved past its end.</summary>
    public PlannedSessionRecord Session(string label, int week = 1, string? client = null, bool after = true)
    {
        var owner = client is null ? (long?)null : H.Enrolment(Cohort, client).Id;
        var session = H.Sessions(Cohort, week).First(s => SessionLabels.Of(s) == label && (owner is null || s.EnrolmentId == owner));
        if (after) H.AfterSession(session);
        return session;
    }

    public void AttendAll(PlannedSessionRecord session, params string[] clients)
    {
        foreach (var client in clients) H.Attend(Cohort, client, session);
    }

    public static NoteDraft Draft(string client, string data, int? minutes = 90, params string[] goals) =>
        new(client, new Dictionary<string, string?>
        {
            ["data"] = data,
            ["assessment"] = $"{client} is working on the skills of the session.",
            ["plan"] = $"{client} practises the skill before the next group.",
        }, minutes, goals);

    public int Save(PlannedSessionRecord session, string? narrative, params NoteDraft[] drafts) =>
        Notes.Save(new NotesSaveRequest { CohortId = Cohort, SessionId = session.Id, Narrative = narrative, Drafts = drafts, Actor = "fay" });

    public IReadOnlyList<string> Sign(PlannedSessionRecord session, string by = "fay", params string[] clients) =>
        Notes.Sign(new NotesSignRequest { CohortId = Cohort, SessionId = session.Id, ClientIds = clients, Actor = by });

    /// <summary>Every stored note, addendum and narrative, so a test can say a refusal changed none of them.</summary>
    public string Stored()
    {
        using var db = H.Database.Open();
        var notes = db.ProgressNotes.AsNoTracking().OrderBy(n => n.Id).AsEnumerable()
            .Select(n => $"{n.Id}:{n.EnrolmentId}:{n.Sections}:{n.Minutes}:{n.Goals}:{n.SignedBy}:{n.SignedUtc:O}:{n.CoSignedBy}");
        var addenda = db.NoteAddenda.AsNoTracking().OrderBy(a => a.Id).AsEnumerable().Select(a => $"{a.Id}:{a.Text}");
        var narratives = db.SessionNarratives.AsNoTracking().OrderBy(n => n.Id).AsEnumerable().Select(n => $"{n.Id}:{n.Text}");
        var counseling = db.CounselingNotes.AsNoTracking().Count();
        return string.Join("\n", [.. notes, .. addenda, .. narratives, $"counseling {counseling}"]);
    }

    /// <summary>Asserts the request is refused as <paramref name="kind"/> and no note, addendum or narrative changed.</summary>
    public EngineException Refused(ProblemKind kind, Action request)
    {
        var before = Stored();
        var refused = Assert.Throws<EngineException>(request);
        Assert.Equal(kind, refused.Kind);
        Assert.Equal(before, Stored());
        return refused;
    }

    public void Dispose() => H.Dispose();
}
