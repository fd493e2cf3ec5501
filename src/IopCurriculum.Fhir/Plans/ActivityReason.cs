namespace IopCurriculum.Fhir.Plans;

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
