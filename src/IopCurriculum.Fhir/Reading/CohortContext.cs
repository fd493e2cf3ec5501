using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Fhir.Reading;

/// <summary>
/// A cohort with what every client's export shares: program, curriculum, weeks and the group sessions.
/// Each group session appears on many clients' plans, so what is derived from one (its title, its times)
/// is worked out once here.
/// </summary>
public sealed class CohortContext(
    CohortRecord cohort,
    ProgramRecord program,
    Curriculum curriculum,
    CohortCalendar weeks,
    IReadOnlyList<PlannedSessionRecord> groupSessions)
{
    private readonly Dictionary<string, Track?> _tracks = new(StringComparer.Ordinal);
    private readonly Dictionary<long, SessionFacts> _sessions = [];
    private readonly Dictionary<SessionCode, string> _canonicals = [];

    public CohortRecord Cohort { get; } = cohort;
    public ProgramRecord Program { get; } = program;
    public Curriculum Curriculum { get; } = curriculum;
    public CohortCalendar Weeks { get; } = weeks;
    public IReadOnlyList<PlannedSessionRecord> GroupSessions { get; } = groupSessions;

    public DateTimeZone Zone => Weeks.Zone;

    /// <summary>The last cohort week of a client's course: one pass of the curriculum from their start, within the cohort.</summary>
    public int LastWeekFor(int startWeek) => Math.Min(Cohort.Weeks, startWeek + Curriculum.Weeks - 1);

    /// <summary>The curriculum's track for a stored code, or null where the curriculum no longer has it.</summary>
    public Track? Track(string code)
    {
        if (!_tracks.TryGetValue(code, out var track))
            _tracks[code] = track = TrackCode.IsValid(code) ? Curriculum.FindTrack(new TrackCode(code)) : null;
        return track;
    }

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

    /// <summary>The versioned canonical of a curriculum session's ActivityDefinition, minted once per session.</summary>
    public string Canonical(SessionCode code, Func<SessionCode, string> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (!_canonicals.TryGetValue(code, out var canonical)) _canonicals[code] = canonical = make(code);
        return canonical;
    }
}
