using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir.Plans;

/// <summary>One session on a client's care plan, how it stands, and the attendance entry that says so.</summary>
public sealed record PlannedActivity(PlannedSessionRecord Session, ActivityState State, ActivityReason Reason, AttendanceRecord? Attendance)
{
    /// <summary>The client's own session (individual), rather than one of the cohort's groups.</summary>
    public bool Individual => Session.EnrolmentId is not null;

    /// <summary>The client was there, so an Encounter records it.</summary>
    public bool Attended => State == ActivityState.Completed;
}
