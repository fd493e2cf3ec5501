using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Transitions;

/// <summary>The journal's words for triggers and for the engine's own entries.</summary>
internal static class TriggerNames
{
    public const string Enrol = "enrol";
    public const string Migrate = "migrate";
    public const string CohortCreated = "cohort-created";

    public static string Of(WorkflowTrigger trigger) => trigger switch
    {
        WorkflowTrigger.WeekElapsed => "week-elapsed",
        WorkflowTrigger.SessionRecorded => "session-recorded",
        WorkflowTrigger.TestResult => "test-result",
        WorkflowTrigger.ClinicalOverride => "clinical-override",
        WorkflowTrigger.MeasureRecorded => "measure-recorded",
        WorkflowTrigger.Discharge => "discharge",
        WorkflowTrigger.Readmit => "readmit",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
