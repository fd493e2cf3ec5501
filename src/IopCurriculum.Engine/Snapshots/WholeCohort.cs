using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>
/// A cohort with every client, for the views that need them all at once: registers, weekly packets,
/// the status, dashboard and fidelity. Clients are in roster order: by start week, then client id.
/// </summary>
public sealed class WholeCohort
{
    private readonly Dictionary<long, PlannedSessionRecord> _sessions;
    private readonly Dictionary<long, ClientSnapshot> _clients;

    internal WholeCohort(CohortSnapshot cohort, IEnumerable<ClientSnapshot> clients)
    {
        Cohort = cohort;
        Clients = [.. clients.OrderBy(c => c.Enrolment.StartWeek).ThenBy(c => c.Enrolment.ClientId, StringComparer.Ordinal)];
        _clients = Clients.ToDictionary(c => c.Enrolment.Id);
        Sessions = [.. cohort.GroupSessions.Concat(Clients.SelectMany(c => c.OwnSessions)).OrderBy(s => s.StartUtc).ThenBy(s => s.Id)];
        _sessions = Sessions.ToDictionary(s => s.Id);
    }

    public CohortSnapshot Cohort { get; }

    public IReadOnlyList<ClientSnapshot> Clients { get; }

    /// <summary>Every planned session, group and individual, in time order.</summary>
    public IReadOnlyList<PlannedSessionRecord> Sessions { get; }

    /// <summary>The session with the id, or null when the cohort has none.</summary>
    public PlannedSessionRecord? Session(long id) => _sessions.GetValueOrDefault(id);

    /// <summary>The client of an enrolment, or null when it is not this cohort's.</summary>
    public ClientSnapshot? Client(long enrolmentId) => _clients.GetValueOrDefault(enrolmentId);

    /// <summary>The client's current attendance entries, each with its session.</summary>
    public IEnumerable<(PlannedSessionRecord Session, AttendanceRecord Entry)> Attendance(ClientSnapshot client)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var entry in client.Attendance.Values)
            if (Session(entry.PlannedSessionId) is { } session) yield return (session, entry);
    }
}
