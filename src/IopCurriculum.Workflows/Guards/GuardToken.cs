namespace IopCurriculum.Workflows.Guards;

/// <summary>One word, number or symbol of a guard, and where it starts in the guard's text (0-based).</summary>
internal readonly record struct GuardToken(GuardTokenKind Kind, string Text, int Offset)
{
    /// <summary>How messages name the token: quoted, or "the end of the condition".</summary>
    public string Describe() => Kind == GuardTokenKind.End ? "the end of the condition" : $"'{Text}'";
}
