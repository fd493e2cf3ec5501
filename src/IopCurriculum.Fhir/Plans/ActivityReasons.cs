namespace IopCurriculum.Fhir.Plans;

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
