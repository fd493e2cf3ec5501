namespace IopCurriculum.Definitions.Diagnostics;

/// <summary>Collects every problem a load finds, so that an author sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public void Add(SourceLocation location, string message) => _items.Add(new Diagnostic(location, message));

    /// <summary>Adds the problem a rule check returned, if any; true when there was none.</summary>
    public bool Check(SourceLocation location, string? problem)
    {
        if (problem is null) return true;
        Add(location, problem);
        return false;
    }

    /// <summary>In file order, each problem once.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => [.. _items.Distinct().OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)];
}
