namespace IopCurriculum.Persistence;

/// <summary>
/// The database a setting names cannot be used: not a database, unreadable, or from a newer version of
/// the program. The message names the database and says what to do; hosts print it, never a stack trace.
/// </summary>
public sealed class DatabaseUnusableException : Exception
{
    public DatabaseUnusableException(DatabaseProblem problem, string message, Exception? inner = null)
        : base(message, inner) => Problem = problem;

    public DatabaseUnusableException() : this(DatabaseProblem.NotADatabase, "the database cannot be used") { }

    public DatabaseUnusableException(string message) : this(DatabaseProblem.NotADatabase, message) { }

    public DatabaseUnusableException(string message, Exception innerException) : this(DatabaseProblem.NotADatabase, message, innerException) { }

    public DatabaseProblem Problem { get; }
}
