namespace IopCurriculum.Workflows;

/// <summary>
/// What firing one trigger did. When <paramref name="Fired"/> is false nothing changed, no action is
/// due and <paramref name="Refusal"/> says why in a plain sentence.
/// </summary>
/// <param name="Fired">A transition was taken: a change of stage, a re-entry or a stay that runs actions.</param>
/// <param name="Entered">The target stage's entry actions ran: a change of stage or a re-entry.</param>
/// <param name="Actions">The transition's actions, then the target stage's entry actions when it was entered.</param>
public sealed record FireOutcome(
    string From,
    string To,
    bool Fired,
    bool Entered,
    TransitionDefinition? Transition,
    IReadOnlyList<WorkflowAction> Actions,
    string? Refusal)
{
    /// <summary>The client is now in a different stage.</summary>
    public bool Moved => Fired && !string.Equals(From, To, StringComparison.Ordinal);

    internal static FireOutcome Refused(string stage, string refusal) => new(stage, stage, false, false, null, [], refusal);
}
