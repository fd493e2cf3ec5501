using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Transitions;

/// <summary>
/// Every occurrence key the journal holds, built in one place. A key names one happening exactly (the
/// journal's unique index turns a repeat into a no-op), so its format must not drift between the
/// writers that record it and those that look for it; changing one orphans the keys already stored.
/// </summary>
internal static class OccurrenceKeys
{
    public static string CohortCreated(string cohortId) => $"cohort/{cohortId}/created";

    /// <summary>A cohort's week boundary, ended once whichever host or command gets there first.</summary>
    public static string CohortWeek(string cohortId, int week) => $"cohort/{cohortId}/week/{week}";

    public static string Enrolled(long enrolmentId, string workflow) => $"enrolment/{enrolmentId}/{workflow}/enrolled";

    /// <summary>One instance crossing one week boundary.</summary>
    public static string InstanceWeek(long instanceId, int week) => $"instance/{instanceId}/week-elapsed/{week}";

    /// <summary>A session recorded for an instance, per revision of the attendance: a correction fires again.</summary>
    public static string SessionRecorded(long instanceId, long sessionId, int attendanceRevision) =>
        $"instance/{instanceId}/session-recorded/{sessionId}/r{attendanceRevision}";

    public static string TestResult(long instanceId, long resultId) => $"instance/{instanceId}/test-result/{resultId}";

    public static string MeasureRecorded(long instanceId, long measureId) => $"instance/{instanceId}/measure-recorded/{measureId}";

    /// <summary>The test result a <see cref="TestResult"/> key was made for, or null for any other key.</summary>
    public static long? ResultOf(string key)
    {
        const string marker = "/test-result/";
        var at = key.LastIndexOf(marker, StringComparison.Ordinal);
        return at > 0 && long.TryParse(key.AsSpan(at + marker.Length), out var id) ? id : null;
    }

    /// <summary>A clinician's request, per revision of the instance it was made against.</summary>
    public static string ClinicalRequest(long instanceId, WorkflowTrigger trigger, int instanceRevision) =>
        $"instance/{instanceId}/{TriggerNames.Of(trigger)}/r{instanceRevision}";

    /// <summary>An instance moved from one workflow version to another.</summary>
    public static string Migration(long instanceId, long fromDefinitionId, long toDefinitionId) =>
        $"instance/{instanceId}/migrate/{fromDefinitionId}-{toDefinitionId}";
}
