namespace IopCurriculum.Definitions.Diagnostics;

/// <summary>A place in a data file, 1-based, printed the way editors and compilers do: <c>file:line:column</c>.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
