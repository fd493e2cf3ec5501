using IopCurriculum.Access;
using IopCurriculum.Engine.Notes;
using IopCurriculum.Notes.Writing;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Fhir.Tests.Support;

/// <summary>
/// The small cohort with its Monday groups' progress notes, every stage of a note's life among them:
/// <list type="bullet">
/// <item>Relapse Prevention: <c>C-1</c>'s note signed by fay and later given an addendum by lee (exported,
/// amended); <c>C-2</c>'s signed by tia, whose notes need co-signing, and co-signed by sue (exported,
/// final); <c>C-3</c>'s left a draft.</item>
/// <item>Early Recovery: <c>C-2</c>'s note signed by tia and not co-signed (awaiting co-signature);
/// <c>C-3</c>'s signed by fay four days later (a late entry, exported).</item>
/// <item>A SUD counseling note about <c>C-1</c>.</item>
/// </list>
/// Each text that must never leave the program carries its own marker, so a search of the output finds it
/// wherever it might have leaked.
/// </summary>
internal sealed class ProgressNoteCohort : IDisposable
{
    public const string RpNarrative = "Covered the thought-craving-use chain; members mapped one recent craving each.";
    public const string ErNarrative = "Planned each hour until Friday on the daily schedule; members marked their riskiest times.";
    public const string C1Data = "Named the end of a shift as a trigger and described a plan to call her sponsor.";
    public const string C2Data = "Arrived quiet; spoke once, about boredom on weekends, and asked for a sponsor list.";
    public const string C3LateData = "Filled in every hour to Friday and chose the gym for Wednesday evening.";
    public const string DraftText = "DRAFT-MARKER: still writing up the barbecue role-play.";
    public const string AwaitingText = "AWAITING-MARKER: the co-signature is still owed on this one.";
    public const string CounselingText = "COUNSELING-MARKER: talked through the divorce and the anger it stirs.";
    public const string AddendumText = "Called after group: she is safe and has a ride on Friday.";
    public const string AddendumReason = "follow-up call";

    /// <summary>Every text that must never be in an export.</summary>
    public static readonly string[] Withheld = [DraftText, AwaitingText, CounselingText];

    public ProgressNoteCohort()
    {
        var h = Small.Harness;
        var users = h.Engine.Users;
        users.Create("fay", "Fay", "a long enough password", Roles.Facilitator, "setup");
        users.Create("tia", "Tia", "a long enough password", Roles.Facilitator, "setup");
        users.Create("sue", "Sue", "a long enough password", Roles.Supervisor, "setup");
        users.AssignCohort("fay", SmallCohort.CohortId, "setup");
        users.AssignCohort("tia", SmallCohort.CohortId, "setup");
        users.SetNotesNeedCoSignature("tia", true, "setup");

        Rp = Monday("RP");
        Er = Monday("ER");
        Save(Rp, RpNarrative,
            Draft("C-1", C1Data, Rp.Minutes, "1.1"),
            Draft("C-2", C2Data, 80),
            Draft("C-3", DraftText, 60));
        Save(Er, ErNarrative,
            Draft("C-2", AwaitingText, Er.Minutes),
            Draft("C-3", C3LateData, 45));
        Sign(Rp, "fay", "C-1");
        RpSignedAt = h.Now;
        Sign(Rp, "tia", "C-2");
        Sign(Er, "tia", "C-2");
        h.Engine.CounselingNotes.Write(SmallCohort.CohortId, "C-1", Rp.Id, CounselingText, "fay");

        h.SetInstant(h.Now.Plus(Duration.FromHours(2)));
        CoSignedAt = h.Now;
        h.Engine.Notes.CoSign(new NotesSignRequest { CohortId = SmallCohort.CohortId, SessionId = Rp.Id, ClientIds = ["C-2"], Actor = "sue" });

        h.SetInstant(h.Now.Plus(Duration.FromDays(4)));
        LateSignedAt = h.Now;
        Sign(Er, "fay", "C-3");

        h.SetInstant(h.Now.Plus(Duration.FromHours(1)));
        AddendumAt = h.Now;
        h.Engine.Notes.AddAddendum(new AddendumRequest
        {
            CohortId = SmallCohort.CohortId, SessionId = Rp.Id, ClientId = "C-1", Text = AddendumText, Reason = AddendumReason, Actor = "lee",
        });
    }

    public SignedPlanCohort Plans { get; } = new();

    public SmallCohort Small => Plans.Small;

    public PlannedSessionRecord Rp { get; }

    public PlannedSessionRecord Er { get; }

    public Instant RpSignedAt { get; }

    public Instant CoSignedAt { get; }

    public Instant LateSignedAt { get; }

    public Instant AddendumAt { get; }

    /// <summary>The stored note of the client for the session.</summary>
    public ProgressNoteRecord Note(PlannedSessionRecord session, string client)
    {
        var enrolment = Small.Harness.Enrolment(SmallCohort.CohortId, client).Id;
        using var db = Small.Harness.Database.Open();
        return db.ProgressNotes.AsNoTracking().Single(n => n.PlannedSessionId == session.Id && n.EnrolmentId == enrolment);
    }

    private PlannedSessionRecord Monday(string track) =>
        Small.Harness.Sessions(SmallCohort.CohortId, 1)
            .First(s => s.TrackCode == track && s.EnrolmentId is null && s.LocalStart.StartsWith("2027-01-04", StringComparison.Ordinal));

    private static NoteDraft Draft(string client, string data, int minutes, params string[] goals) =>
        new(client, new Dictionary<string, string?>
        {
            ["data"] = data,
            ["assessment"] = $"{client} is working on the skills of the session.",
            ["plan"] = $"{client} practises the skill before the next group.",
        }, minutes, goals);

    private void Save(PlannedSessionRecord session, string narrative, params NoteDraft[] drafts) =>
        Small.Harness.Engine.Notes.Save(new NotesSaveRequest { CohortId = SmallCohort.CohortId, SessionId = session.Id, Narrative = narrative, Drafts = drafts, Actor = "fay" });

    private void Sign(PlannedSessionRecord session, string by, params string[] clients) =>
        Small.Harness.Engine.Notes.Sign(new NotesSignRequest { CohortId = SmallCohort.CohortId, SessionId = session.Id, ClientIds = clients, Actor = by });

    public void Dispose() => Plans.Dispose();
}
