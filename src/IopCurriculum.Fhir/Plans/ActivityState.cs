namespace IopCurriculum.Fhir.Plans;

/// <summary>How one planned session stands for the client. R4 has no "not done": a missed session is cancelled, with a reason.</summary>
public enum ActivityState { Scheduled, NotStarted, Completed, Cancelled, OnHold }

/// <summary>Why a session is not simply scheduled or completed; also notes a late arrival.</summary>
public enum ActivityReason
{
    None,
    Late,
    Absent,
    Excused,
    /// <summary>The program cancelled the session for this client (attendance recorded as cancelled).</summary>
    CancelledByProgram,
    /// <summary>The session fell on a closure and did not take place.</summary>
    SessionCancelled,
    /// <summary>The session is over and no attendance has been recorded yet.</summary>
    NotRecorded,
    /// <summary>The client's own session fell after their discharge.</summary>
    Discharged,
    /// <summary>The client's own session fell after the course ended.</summary>
    CourseEnded,
    /// <summary>The course is on hold.</summary>
    OnHold,
}

/// <summary>The project's codes and words for <see cref="ActivityReason"/>.</summary>
public static class ActivityReasons
{
    public static string Code(this ActivityReason reason) => reason switch
    {
        ActivityReason.Late => "late",
        ActivityReason.Absent => "absent",
        ActivityReason.Excused => "excused",
        ActivityReason.CancelledByProgram => "cancelled-by-program",
        ActivityReason.SessionCancelled => "session-cancelled",
        ActivityReason.NotRecorded => "not-recorded",
        ActivityReason.Discharged => "discharged",
        ActivityReason.CourseEnded => "course-ended",
        ActivityReason.OnHold => "on-hold",
        _ => "none",
    };

    public static string Text(this ActivityReason reason) => reason switch
    {
        ActivityReason.Late => "Attended, arrived late",
        ActivityReason.Absent => "Client absent",
        ActivityReason.Excused => "Client absent, excused",
        ActivityReason.CancelledByProgram => "Cancelled by the program",
        ActivityReason.SessionCancelled => "Session did not take place (program closed)",
        ActivityReason.NotRecorded => "Attendance not recorded",
        ActivityReason.Discharged => "Client discharged before this session",
        ActivityReason.CourseEnded => "Course ended before this session",
        ActivityReason.OnHold => "Course on hold",
        _ => "",
    };
}
