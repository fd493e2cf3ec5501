using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Workflows.Loading;

/// <summary>
/// A transition as read, with the places the whole-workflow checks point at. Parts that failed to read
/// are null; those problems are already reported.
/// </summary>
internal sealed record TransitionDraft(
    SourceLocation Where,
    IReadOnlyList<(string Stage, SourceLocation Where)> From,
    WorkflowTrigger? Trigger,
    string? To,
    bool HasWhen,
    GuardExpression? When,
    IReadOnlyList<WorkflowAction> Actions,
    bool ActionsComplete,
    string? Note)
{
    public TransitionDefinition ToDefinition() =>
        new([.. From.Select(f => f.Stage)], Trigger!.Value, To, When, Actions, Note);
}
