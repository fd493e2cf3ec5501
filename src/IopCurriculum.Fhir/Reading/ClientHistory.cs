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

    /// <summary>
    /// The last time anything was recorded about the client, by the same rule an incremental export's
    /// <c>--since</c> follows: the enrolment, attendance, a result, an enrolment event or a journal step.
    /// </summary>
    public DateTime LastChangedUtc
    {
        get
        {
            var last = Enrolment.EnrolledUtc;
            foreach (var a in Attendance.Values) if (a.RecordedUtc > last) last = a.RecordedUtc;
            foreach (var r in Results) if (r.RecordedUtc > last) last = r.RecordedUtc;
            foreach (var v in Events) if (v.AtUtc > last) last = v.AtUtc;
            foreach (var i in Instances)
                foreach (var s in i.Steps) if (s.AtUtc > last) last = s.AtUtc;
            return DateTime.SpecifyKind(last, DateTimeKind.Utc);
        }
    }
}
