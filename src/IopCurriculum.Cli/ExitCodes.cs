namespace IopCurriculum.Cli;

/// <summary>What <c>iop</c> returns to the shell.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Something unexpected went wrong inside iop.</summary>
    public const int Failure = 1;
    /// <summary>The input was wrong: usage, a bad option value, or an invalid file.</summary>
    public const int InvalidInput = 2;
    /// <summary>Something the command names (a program, cohort, client or session) does not exist.</summary>
    public const int NotFound = 3;
    /// <summary>The command clashes with what is stored: a duplicate, or a change someone made first.</summary>
    public const int Conflict = 4;
}
