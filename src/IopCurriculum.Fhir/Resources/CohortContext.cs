using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A cohort's snapshot as the export writes it. Each group session appears on many clients' plans, so
/// what is derived from one for resources (its title, its times, its canonical) is worked out once here.
/// </summary>
public sealed class CohortContext(CohortSnapshot snapshot)
{
    private readonly Dictionary<long, SessionFacts> _sessions = [];
    private readonly Dictionary<SessionCode, string> _canonicals = [];
    private Dictionary<long, PlannedSessionRecord>? _groupSessionsById;

    public CohortSnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    public CohortRecord Cohort => Snapshot.Cohort;
    public ProgramRecord Program => Snapshot.Program;
    public Curriculum Curriculum => Snapshot.Curriculum;
    public CohortCalendar Weeks => Snapshot.Weeks;
    public IReadOnlyList<PlannedSessionRecord> GroupSessions => Snapshot.GroupSessions;
    public DateTimeZone Zone => Snapshot.Zone;

    /// <inheritdoc cref="CohortSnapshot.LastWeekFor"/>
    public int LastWeekFor(int startWeek) => Snapshot.LastWeekFor(startWeek);

    /// <inheritdoc cref="CohortSnapshot.Track"/>
    public Track? Track(string code) => Snapshot.Track(code);

    /// <summary>
    /// The session's title and its start and end as written in resources, worked out once for a group
    /// session; a client's own session is worked out each time, so the cache never grows with the clients.
    /// </summary>
    public SessionFacts Facts(PlannedSessionRecord session, Func<PlannedSessionRecord, SessionFacts> make)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(make);
        if (session.EnrolmentId is not null) return make(session);
        if (!_sessions.TryGetValue(session.Id, out var facts)) _sessions[session.Id] = facts = make(session);
        return facts;
    }

    /// <summary>The cohort's group session with the id, or null (a client's own session is on their snapshot).</summary>
    public PlannedSessionRecord? GroupSession(long id) =>
        (_groupSessionsById ??= GroupSessions.ToDictionary(s => s.Id)).GetValueOrDefault(id);

    /// <summary>The versioned canonical of a curriculum session's ActivityDefinition, minted once per session.</summary>
    public string Canonical(SessionCode code, Func<SessionCode, string> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (!_canonicals.TryGetValue(code, out var canonical)) _canonicals[code] = canonical = make(code);
        return canonical;
    }
}
