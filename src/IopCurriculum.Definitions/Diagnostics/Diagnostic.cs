namespace IopCurriculum.Definitions.Diagnostics;

/// <summary>One problem found in a data file, where it is and what is wrong, in plain words.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: error: {Message}";
}
