namespace IopCurriculum.Workflows;

/// <summary>
/// A rule: in any of the <paramref name="From"/> stages, when <paramref name="Trigger"/> happens and
/// <paramref name="When"/> holds (or there is no condition), run <paramref name="Actions"/> and move
/// to <paramref name="To"/>. A null <paramref name="To"/> stays in the stage without re-entering it;
/// a <paramref name="To"/> equal to the current stage re-enters it, running its entry actions again.
/// </summary>
public sealed record TransitionDefinition(
    IReadOnlyList<string> From,
    WorkflowTrigger Trigger,
    string? To,
    GuardExpression? When,
    IReadOnlyList<WorkflowAction> Actions,
    string? Note)
{
    /// <summary>True when this transition stays in its stage and runs only its actions.</summary>
    public bool Stays => To is null;

    public override string ToString() =>
        $"[{string.Join(", ", From)}] on {Trigger.Word()}{(When is null ? "" : $" when {When}")} -> {To ?? "(stay)"}";
}
