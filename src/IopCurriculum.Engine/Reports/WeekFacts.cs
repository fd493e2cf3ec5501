using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Reports;

/// <summary>What fidelity is judged on: the cohort's sessions and latest attendance, at one instant.</summary>
internal sealed class WeekFacts(CohortSnapshot cohort, IReadOnlyList<PlannedSessionRecord> sessions, List<CohortDashboard.Entry> latest)
{
    private readonly ILookup<long, CohortDashboard.Entry> _bySession = latest.ToLookup(e => e.Session.Id);

    private readonly Instant _now = cohort.ReadAt;

    public CohortSnapshot Cohort { get; } = cohort;

    public bool Ended(int week) => Cohort.Weeks.EndOf(week) <= _now;

    /// <summary>The week's group sessions that have begun and were not cancelled.</summary>
    public IEnumerable<PlannedSessionRecord> GroupsBegun(int week) =>
        sessions.Where(s => s.Week == week && s.EnrolmentId is null && s.Status != "cancelled" && CohortDashboard.StartOf(s) <= _now)
            .OrderBy(s => s.StartUtc);

    /// <summary>How many clients were in the room, by their latest entries.</summary>
    public int Present(PlannedSessionRecord session) => _bySession[session.Id].Count(e => Domain.Cohorts.AttendanceStatuses.Present(e.Status));
}
