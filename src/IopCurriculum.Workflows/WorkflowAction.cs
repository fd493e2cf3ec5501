namespace IopCurriculum.Workflows;

/// <summary>
/// Something the engine does when a transition is taken or a stage is entered, such as
/// <c>plan-sessions</c> or <c>issue-reward</c> with <c>amount: 10</c>. The workflow only names it;
/// the engine carries it out.
/// </summary>
public sealed record WorkflowAction(string Name, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>An argument's value, or null when the definition does not give it.</summary>
    public string? Argument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;

    public override string ToString() =>
        Arguments.Count == 0 ? Name : $"{Name} ({string.Join(", ", Arguments.Select(a => $"{a.Key}: {a.Value}"))})";
}
