namespace IopCurriculum.Plans.Reviews;

public enum PlanStatus
{
    /// <summary>No plan has been written for the enrolment.</summary>
    None,

    /// <summary>The newest version is written but not yet signed.</summary>
    Draft,

    /// <summary>The newest version is signed and locked: the plan in force.</summary>
    InForce,
}
