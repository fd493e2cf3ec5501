namespace IopCurriculum.Plans.Discharge;

/// <summary>Why a client's course ended.</summary>
public enum DischargeReason
{
    /// <summary>The client finished the course.</summary>
    Completed,

    /// <summary>The client moved to another level of care or another program.</summary>
    Transferred,

    /// <summary>The client stopped coming before the course ended.</summary>
    Left,

    /// <summary>The program ended the client's course.</summary>
    Discharged,

    Other,
}
