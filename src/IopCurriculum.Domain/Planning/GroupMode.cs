namespace IopCurriculum.Domain.Planning;

/// <summary>Whether a plan follows one cohort through the curriculum or keeps the groups running for new clients.</summary>
public enum GroupMode
{
    /// <summary>One pass of the curriculum: every track meets only in its own weeks.</summary>
    Closed,

    /// <summary>
    /// Rolling admission: clients join in any week, so each group keeps meeting and a fixed sequence
    /// starts again at session 1 once its block ends. Individual sessions are booked per client instead.
    /// </summary>
    Open,
}
