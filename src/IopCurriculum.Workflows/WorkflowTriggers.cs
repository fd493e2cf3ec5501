using IopCurriculum.Definitions.Yaml;

namespace IopCurriculum.Workflows;

/// <summary>Triggers as definitions and messages spell them.</summary>
public static class WorkflowTriggers
{
    /// <summary>The kebab-case word, such as <c>week-elapsed</c>.</summary>
    public static string Word(this WorkflowTrigger trigger) => EnumNames.Kebab(trigger);

    /// <summary>The trigger as a sentence names it, such as "a test result".</summary>
    public static string Words(this WorkflowTrigger trigger) => trigger switch
    {
        WorkflowTrigger.WeekElapsed => "the end of a week",
        WorkflowTrigger.SessionRecorded => "recorded attendance",
        WorkflowTrigger.TestResult => "a test result",
        WorkflowTrigger.ClinicalOverride => "a clinical decision",
        WorkflowTrigger.Discharge => "a discharge",
        WorkflowTrigger.Readmit => "a readmission",
        WorkflowTrigger.MeasureRecorded => "a recorded measure",
        _ => trigger.Word(),
    };
}
