namespace IopCurriculum.Persistence;

/// <summary>Why a database cannot be used at all, as opposed to a request it refuses.</summary>
public enum DatabaseProblem
{
    /// <summary>The file or server cannot be opened, or what is there is not a database.</summary>
    NotADatabase,

    /// <summary>The database was brought up to a schema this version of the program does not know.</summary>
    NewerSchema,
}

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
