namespace IopCurriculum.Fhir.Plans;

/// <summary>Where a client's course stands, as a care plan's status says it.</summary>
public enum PlanState
{
    /// <summary>The course is running (or has not begun: the client joins a later week).</summary>
    Active,
    /// <summary>A clinician paused the course (the workflow's <c>on-hold</c> stage).</summary>
    OnHold,
    /// <summary>The course reached a final stage other than by discharge.</summary>
    Completed,
    /// <summary>The client was discharged before completing.</summary>
    Revoked,
}
