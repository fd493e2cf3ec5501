namespace IopCurriculum.Persistence;

/// <summary>Why a database cannot be used at all, as opposed to a request it refuses.</summary>
public enum DatabaseProblem
{
    /// <summary>The file or server cannot be opened, or what is there is not a database.</summary>
    NotADatabase,

    /// <summary>The database was brought up to a schema this version of the program does not know.</summary>
    NewerSchema,
}
