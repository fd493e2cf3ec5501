namespace IopCurriculum.Engine;

/// <summary>What kind of problem stopped a command; hosts map it to an exit code or an HTTP status.</summary>
public enum ProblemKind
{
    /// <summary>The request itself is wrong: a bad value, a date in the past, a file that does not load.</summary>
    Invalid,
    /// <summary>Something the request names does not exist.</summary>
    NotFound,
    /// <summary>The request clashes with what is stored: a duplicate, or a change someone else made first.</summary>
    Conflict,
}
