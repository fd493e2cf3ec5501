namespace IopCurriculum.Workflows;

/// <summary>
/// What can happen to a client that a workflow may answer. Written in kebab-case in definitions:
/// <c>week-elapsed</c>, <c>session-recorded</c>, <c>test-result</c>, <c>clinical-override</c>,
/// <c>discharge</c>, <c>readmit</c>, <c>measure-recorded</c>.
/// </summary>
public enum WorkflowTrigger
{
    /// <summary>One of the client's programme weeks has ended.</summary>
    WeekElapsed,
    /// <summary>Attendance was recorded for one of the client's sessions.</summary>
    SessionRecorded,
    /// <summary>A urine or breath test result was recorded.</summary>
    TestResult,
    /// <summary>A clinician asks for the client to be moved to a named stage.</summary>
    ClinicalOverride,
    /// <summary>The client leaves the programme before completing it.</summary>
    Discharge,
    /// <summary>A discharged client is taken back.</summary>
    Readmit,
    /// <summary>A rating instrument (PHQ-9, GAD-7, BAM, craving) was completed and scored.</summary>
    MeasureRecorded,
}
