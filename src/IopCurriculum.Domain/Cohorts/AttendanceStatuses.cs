namespace IopCurriculum.Domain.Cohorts;

/// <summary>What counts as being in the room.</summary>
public static class AttendanceStatuses
{
    public static bool Present(this AttendanceStatus status) => status is AttendanceStatus.Attended or AttendanceStatus.Late;

    /// <summary>The word guards and reports use: attended, late, excused, absent, cancelled.</summary>
    public static string Word(this AttendanceStatus status) => status switch
    {
        AttendanceStatus.CancelledByProgram => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };
}
