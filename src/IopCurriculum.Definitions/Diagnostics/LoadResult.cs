namespace IopCurriculum.Definitions.Diagnostics;

/// <summary>
/// What a load produced: either a whole, valid model and no problems, or no model and every problem.
/// Never a half-loaded model.
/// </summary>
public sealed class LoadResult<T> where T : class
{
    private readonly T? _value;

    internal LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public bool Succeeded => _value is not null;

    /// <summary>The model; throws <see cref="DefinitionException"/> with every problem when the load failed.</summary>
    public T Value => _value ?? throw new DefinitionException(Diagnostics);
}

/// <summary>Makes <see cref="LoadResult{T}"/> values.</summary>
public static class LoadResult
{
    public static LoadResult<T> Success<T>(T value) where T : class =>
        new(value ?? throw new ArgumentNullException(nameof(value)), []);

    public static LoadResult<T> Failure<T>(IReadOnlyList<Diagnostic> diagnostics) where T : class =>
        diagnostics.Count == 0
            ? throw new ArgumentException("a failed load must say why", nameof(diagnostics))
            : new(null, diagnostics);
}
