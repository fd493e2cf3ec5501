using IopCurriculum.Engine.Consent;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Plans;
using IopCurriculum.Plans.Reviews;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>
/// Everything stored about one client in one cohort, read once: the enrolment, the workflow instances
/// (the first is the course, the others run alongside), the client's own sessions, the current
/// attendance entry per session, test results and enrolment events.
/// </summary>
/// <param name="RosterName">The name as the program's roster style prints it.</param>
/// <param name="Attendance">The current entry per session id: the latest revision, by <c>IopDbContext.CurrentAttendance</c>.</param>
/// <param name="Results">In order of collection.</param>
/// <param name="Plan">Where the client's treatment plan stands on the day the snapshot was read.</param>
/// <param name="PlanInForce">What the newest signed version of the plan says; null before one is signed.</param>
/// <param name="PlanSignedUtc">When that version was signed.</param>
/// <param name="PlanHistory">Every version and review, for the standing on a past day.</param>
/// <param name="Notes">The client's progress notes, drafts among them (SUD counseling notes are never here); readers that disclose take only the signed.</param>
/// <param name="NoteAddenda">The addenda of those notes, in order.</param>
/// <param name="Consents">Every consent the client has given or declined, oldest first, standing as they did when the snapshot was read.</param>
public sealed record ClientSnapshot(
    EnrolmentRecord Enrolment,
    ClientRecord Client,
    string RosterName,
    IReadOnlyList<InstanceSnapshot> Instances,
    IReadOnlyList<PlannedSessionRecord> OwnSessions,
    IReadOnlyDictionary<long, AttendanceRecord> Attendance,
    IReadOnlyList<TestResultRecord> Results,
    IReadOnlyList<EnrolmentEventRecord> Events,
    PlanStanding Plan,
    TreatmentPlanContent? PlanInForce,
    DateTime? PlanSignedUtc,
    PlanHistory PlanHistory,
    IReadOnlyList<ProgressNoteRecord> Notes,
    IReadOnlyList<NoteAddendumRecord> NoteAddenda,
    IReadOnlyList<ConsentView> Consents)
{
    /// <summary>Every measure the client completed in this enrolment, in the order answered, those marked entered in error among them.</summary>
    public IReadOnlyList<MeasureRecord> Measures { get; init; } = [];

    private IReadOnlySet<string>? _tracks;
    private bool _tracksKnown;

    /// <summary>The instance whose stage the care plan's status follows: the cohort's first workflow.</summary>
    public InstanceSnapshot? Course => Instances.Count == 0 ? null : Instances[0];

    /// <summary>Whether any of the client's workflows is still running: the client is in treatment.</summary>
    public bool Active => Instances.Any(i => i.Instance.Active);

    /// <summary>
    /// The group tracks the client's current stages attend, or null when none of the client's running
    /// workflows names groups: such a client is expected at every group.
    /// </summary>
    public IReadOnlySet<string>? CurrentTracks
    {
        get
        {
            if (_tracksKnown) return _tracks;
            HashSet<string>? tracks = null;
            foreach (var instance in Instances.Where(i => i.Instance.Active && i.SaysWhatItAttends))
            {
                tracks ??= new HashSet<string>(StringComparer.Ordinal);
                tracks.UnionWith(instance.Definition.FindStage(instance.Instance.Stage)?.Attends ?? []);
            }
            _tracksKnown = true;
            return _tracks = tracks;
        }
    }

    /// <summary>Whether the client's current stages attend <paramref name="track"/>'s groups.</summary>
    public bool Attends(string track) => CurrentTracks is not { } tracks || tracks.Contains(track);

    /// <summary>Whether the client is expected at <paramref name="session"/> now: their own individual session, or a group their stage attends from the week they joined.</summary>
    public bool ExpectedAt(PlannedSessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.EnrolmentId is { } owner
            ? owner == Enrolment.Id
            : Active && session.Week >= Enrolment.StartWeek && Attends(session.TrackCode);
    }

    /// <summary>
    /// The last time anything was recorded about the client, by the same rule an incremental export's
    /// <c>--since</c> follows: the enrolment, attendance, a result, a measure recorded or struck, an
    /// enrolment event, a journal step, a plan signed, a note signed or co-signed, an addendum.
    /// </summary>
    public DateTime LastChangedUtc
    {
        get
        {
            var last = Enrolment.EnrolledUtc;
            foreach (var a in Attendance.Values) if (a.RecordedUtc > last) last = a.RecordedUtc;
            foreach (var r in Results) if (r.RecordedUtc > last) last = r.RecordedUtc;
            foreach (var m in Measures)
            {
                if (m.RecordedUtc > last) last = m.RecordedUtc;
                if (m.StruckUtc is { } struck && struck > last) last = struck;
            }
            foreach (var v in Events) if (v.AtUtc > last) last = v.AtUtc;
            foreach (var i in Instances)
                foreach (var s in i.Steps) if (s.AtUtc > last) last = s.AtUtc;
            if (PlanSignedUtc is { } signed && signed > last) last = signed;
            foreach (var a in NoteAddenda) if (a.CreatedUtc > last) last = a.CreatedUtc;
            foreach (var n in Notes)
            {
                if (n.SignedUtc is { } at && at > last) last = at;
                if (n.CoSignedUtc is { } co && co > last) last = co;
            }
            return DateTime.SpecifyKind(last, DateTimeKind.Utc);
        }
    }
}
