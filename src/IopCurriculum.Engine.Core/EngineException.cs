namespace IopCurriculum.Engine;

/// <summary>A request the engine refused, with a message that says what and where. Nothing was written.</summary>
public sealed class EngineException : Exception
{
    public EngineException(ProblemKind kind, string message, IReadOnlyList<string>? details = null)
        : base(message)
    {
        Kind = kind;
        Details = details ?? [];
    }

    public EngineException() : this(ProblemKind.Invalid, "the request was refused") { }

    public EngineException(string message) : this(ProblemKind.Invalid, message) { }

    public EngineException(string message, Exception innerException) : base(message, innerException) { Details = []; }

    public ProblemKind Kind { get; }

    /// <summary>Every individual problem, e.g. each line of a definition that does not load.</summary>
    public IReadOnlyList<string> Details { get; }

    public static EngineException NotFound(string message) => new(ProblemKind.NotFound, message);

    public static EngineException Conflict(string message) => new(ProblemKind.Conflict, message);

    public static EngineException Invalid(string message, IReadOnlyList<string>? details = null) => new(ProblemKind.Invalid, message, details);
}
