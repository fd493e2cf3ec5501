namespace IopCurriculum.Definitions.Diagnostics;

/// <summary>A data file could not be loaded; carries every problem with its place.</summary>
public sealed class DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
