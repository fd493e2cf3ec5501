namespace IopCurriculum.Domain.Planning;

/// <summary>What happens to a session that falls on a day the program is closed.</summary>
public enum ClosurePolicy
{
    /// <summary>Move it to the next open day of the same program week; cancel it if there is none.</summary>
    Shift,
    /// <summary>The session does not take place.</summary>
    Cancel,
}
