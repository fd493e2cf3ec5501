namespace IopCurriculum.Engine.Actions;

/// <summary>
/// Carries out one kind of workflow action. A handler may be run more than once for the same action (a
/// dispatcher died before recording it done), so it must be idempotent on <see cref="ClaimedAction.IdempotencyKey"/>
/// or the action's id. It returns what it did, in words, or throws to have the action tried again.
/// </summary>
public interface IActionHandler
{
    /// <summary>The action name it serves, such as <c>notify-team</c>.</summary>
    string Action { get; }

    Task<string> RunAsync(ClaimedAction action, CancellationToken cancel);
}
