namespace IopCurriculum.Domain.Planning;

/// <summary>How a planned session stands after closures are applied.</summary>
public enum PlannedStatus
{
    Scheduled,
    /// <summary>Moved from a closed day to the next open day of the same week.</summary>
    Shifted,
    /// <summary>Falls on a closure and does not take place.</summary>
    Cancelled,
}
