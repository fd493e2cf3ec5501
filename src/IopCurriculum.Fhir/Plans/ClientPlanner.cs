using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Fhir.Plans;

/// <summary>
/// Decides what is on a client's care plan and how each session stands.
/// <para>
/// On the plan: every individual session booked for the client, and the cohort's group sessions from
/// the client's start week to the end of one pass of the curriculum that the client is expected at. Up
/// to the running week that is what their stages said: a group session belongs when the stage the
/// client was in when it began <c>attends</c> its track (so a repeated Early Recovery block shows, and
/// time spent discharged or on hold shows none). Beyond the running week it is the curriculum's own
/// plan for the client's week of the course. A workflow whose stages name no tracks leaves every week
/// to the curriculum. A session the client has attendance for is always on the plan, and nothing after
/// the course ended is, except the client's own sessions, shown as cancelled.
/// </para>
/// </summary>
public static class ClientPlanner
{
    private const string OnHoldStage = "on-hold";
    private const string Discharged = "discharged";
    private const string Readmitted = "readmitted";

    private static readonly Dictionary<string, AttendanceStatus> Words =
        Enum.GetValues<AttendanceStatus>().ToDictionary(s => s.Word(), StringComparer.OrdinalIgnoreCase);

    public static ClientPlan Plan(CohortContext cohort, ClientSnapshot client, Instant now)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(client);
        var startWeek = client.Enrolment.StartWeek;
        var lastWeek = cohort.LastWeekFor(startWeek);
        var standing = StandingOf(cohort, client, lastWeek);
        var expected = new Expectation(cohort, client, startWeek, cohort.Weeks.WeekAt(now));

        var activities = new List<PlannedActivity>();
        foreach (var session in cohort.GroupSessions)
        {
            if (session.Week < startWeek || session.Week > lastWeek) continue;
            var attendance = client.Attendance.GetValueOrDefault(session.Id);
            if (attendance is null && (standing.EndedBefore(session) || !expected.At(session))) continue;
            activities.Add(Activity(session, attendance, standing, now));
        }
        foreach (var session in client.OwnSessions)
            activities.Add(Activity(session, client.Attendance.GetValueOrDefault(session.Id), standing, now));
        activities.Sort((a, b) => a.Session.StartUtc != b.Session.StartUtc
            ? a.Session.StartUtc.CompareTo(b.Session.StartUtc)
            : a.Session.Id.CompareTo(b.Session.Id));

        return new ClientPlan(cohort, client, standing.State, client.Course?.Instance.Stage, cohort.Weeks.FirstDayOf(startWeek),
            standing.End, standing.EndedAt, activities);
    }

    /// <summary>The plan's state from the course workflow: on hold, ended by discharge (revoked), ended otherwise (completed), or running.</summary>
    private static Standing StandingOf(CohortContext cohort, ClientSnapshot client, int lastWeek)
    {
        var course = client.Course;
        var plannedEnd = cohort.Weeks.LastDayOf(lastWeek);
        if (course is null) return new(PlanState.Active, plannedEnd, null, null);
        if (course.Instance.Active)
            return course.Instance.Stage == OnHoldStage
                ? new(PlanState.OnHold, plannedEnd, null, course.EnteredCurrentStage()?.EffectiveAt(cohort.Weeks))
                : new(PlanState.Active, plannedEnd, null, null);

        var last = course.LastStep;
        var discharged = last?.IsDischarge == true || client.Events.LastOrDefault(e => e.Kind is Discharged or Readmitted)?.Kind == Discharged;
        var endedAt = last?.EffectiveAt(cohort.Weeks);
        // A course that ends at a week boundary ended with that week, whenever the boundary was processed.
        var end = last is { Trigger: StageEntry.WeekElapsed } boundary
            ? cohort.Weeks.LastDayOf(Math.Clamp(boundary.Week, 1, cohort.Cohort.Weeks))
            : endedAt?.InZone(cohort.Zone).Date ?? plannedEnd;
        return new(discharged ? PlanState.Revoked : PlanState.Completed, end, endedAt, null);
    }

    private static PlannedActivity Activity(PlannedSessionRecord session, AttendanceRecord? attendance, Standing standing, Instant now)
    {
        if (attendance is not null && Words.TryGetValue(attendance.Status, out var status))
        {
            return status switch
            {
                AttendanceStatus.Attended => new(session, ActivityState.Completed, ActivityReason.None, attendance),
                AttendanceStatus.Late => new(session, ActivityState.Completed, ActivityReason.Late, attendance),
                AttendanceStatus.Absent => new(session, ActivityState.Cancelled, ActivityReason.Absent, attendance),
                AttendanceStatus.Excused => new(session, ActivityState.Cancelled, ActivityReason.Excused, attendance),
                _ => new(session, ActivityState.Cancelled, ActivityReason.CancelledByProgram, attendance),
            };
        }
        var start = Instant.FromDateTimeUtc(session.StartUtc);
        if (session.Status == "cancelled") return new(session, ActivityState.Cancelled, ActivityReason.SessionCancelled, null);
        if (standing.EndedBefore(session))
            return new(session, ActivityState.Cancelled, standing.State == PlanState.Revoked ? ActivityReason.Discharged : ActivityReason.CourseEnded, null);
        if (standing.HeldSince is { } held && start >= held) return new(session, ActivityState.OnHold, ActivityReason.OnHold, null);
        return start.Plus(Duration.FromMinutes(session.Minutes)) > now
            ? new(session, ActivityState.Scheduled, ActivityReason.None, null)
            : new(session, ActivityState.NotStarted, ActivityReason.NotRecorded, null);
    }

    /// <param name="EndedAt">When the course reached a final stage.</param>
    /// <param name="HeldSince">When the course went on hold, while it is.</param>
    private sealed record Standing(PlanState State, LocalDate End, Instant? EndedAt, Instant? HeldSince)
    {
        public bool EndedBefore(PlannedSessionRecord session) => EndedAt is { } ended && Instant.FromDateTimeUtc(session.StartUtc) >= ended;
    }

    /// <summary>Which group sessions the client is expected at.</summary>
    private sealed class Expectation(CohortContext cohort, ClientSnapshot client, int startWeek, int runningWeek)
    {
        private readonly List<(StageTimeline Timeline, InstanceSnapshot Instance)> _telling =
            [.. client.Instances.Where(i => i.SaysWhatItAttends).Select(i => (i.Timeline(cohort.Weeks), i))];

        public bool At(PlannedSessionRecord session)
        {
            if (_telling.Count == 0 || session.Week > runningWeek) return Projected(session);
            var start = Instant.FromDateTimeUtc(session.StartUtc);
            foreach (var (timeline, instance) in _telling)
                if (timeline.At(start) is { } stage && instance.Definition.FindStage(stage) is { } definition
                    && definition.Attends.Contains(session.TrackCode, StringComparer.Ordinal))
                    return true;
            return false;
        }

        /// <summary>The curriculum's plan: the track meets in the client's own week of the course (or carries on as aftercare).</summary>
        private bool Projected(PlannedSessionRecord session)
        {
            if (cohort.Track(session.TrackCode) is not { } track || track.Schedule.Cadence == Cadence.AsNeeded)
                return false;
            var clientWeek = session.Week - startWeek + 1;
            var weeks = track.Schedule.Weeks;
            return weeks.Contains(clientWeek) || (track.Schedule.ContinuesAfterProgram && clientWeek >= weeks.First);
        }
    }
}
