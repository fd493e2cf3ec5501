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

    /// <summary>
    /// The request field the refusal is about, by its name in the request (start, week, date, reason), or
    /// null. The message is a sentence without it; each host points at its own input: the command line
    /// at its option, a form at its field.
    /// </summary>
    public string? Field { get; private init; }

    /// <summary>Every individual problem, e.g. each line of a definition that does not load.</summary>
    public IReadOnlyList<string> Details { get; }

    public static EngineException NotFound(string message) => new(ProblemKind.NotFound, message);

    public static EngineException Conflict(string message) => new(ProblemKind.Conflict, message);

    public static EngineException Invalid(string message, IReadOnlyList<string>? details = null) => new(ProblemKind.Invalid, message, details);

    /// <summary>An invalid value of one request field; see <see cref="Field"/>.</summary>
    public static EngineException InvalidField(string field, string message) => new(ProblemKind.Invalid, message) { Field = field };

    /// <summary>A value of one request field that clashes with what exists; see <see cref="Field"/>.</summary>
    public static EngineException ConflictField(string field, string message) => new(ProblemKind.Conflict, message) { Field = field };
}
