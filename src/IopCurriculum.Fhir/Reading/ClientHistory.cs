using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir.Reading;

/// <summary>
/// Everything stored about one client in one cohort that a care plan reads: the enrolment, the
/// workflow instances (the first is the course, the others run alongside), the client's own sessions,
/// the current attendance entry per session, test results and enrolment events.
/// </summary>
public sealed record ClientHistory(
    EnrolmentRecord Enrolment,
    ClientRecord Client,
    IReadOnlyList<InstanceHistory> Instances,
    IReadOnlyList<PlannedSessionRecord> OwnSessions,
    IReadOnlyDictionary<long, AttendanceRecord> Attendance,
    IReadOnlyList<TestResultRecord> Results,
    IReadOnlyList<EnrolmentEventRecord> Events)
{
    /// <summary>The instance whose stage the care plan's status follows: the cohort's first workflow.</summary>
    public InstanceHistory? Course => Instances.Count == 0 ? null : Instances[0];
}
