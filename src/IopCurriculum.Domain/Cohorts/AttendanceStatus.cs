namespace IopCurriculum.Domain.Cohorts;

/// <summary>How a client's place in one session turned out.</summary>
public enum AttendanceStatus
{
    Attended,
    Late,
    Excused,
    Absent,
    /// <summary>The program cancelled the session; it does not count against the client.</summary>
    CancelledByProgram,
}
