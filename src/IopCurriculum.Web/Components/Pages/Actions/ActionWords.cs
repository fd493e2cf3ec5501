using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Workflows;

namespace IopCurriculum.Web.Components.Pages.Actions;

/// <summary>
/// The words staff read for the actions workflows ask for and for what became of them, so the journal,
/// the incidents and the tasks say the same thing in the same way rather than show the definitions' codes.
/// </summary>
public static class ActionWords
{
    /// <summary>What the action does, as an instruction: <c>notify-team</c> is "Tell the team".</summary>
    public static string Of(string action) => action switch
    {
        WorkflowActionNames.NotifyTeam => "Tell the team",
        WorkflowActionNames.RefreshCarePlan => "Send the care plan",
        WorkflowActionNames.RenderGuides => "Render the guides",
        WorkflowActionNames.IssueReward => "Record a reward",
        WorkflowActionNames.BookIndividualSession => "Book an individual session",
        WorkflowActionNames.PlanSessions => "Plan the sessions",
        _ => (action ?? "").Replace('-', ' '),
    };

    /// <summary>Where the action stands, in a sentence; an incident's pointer to the incidents page is the page's to add.</summary>
    public static string Standing(ActionStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.State switch
        {
            OutboxStates.Done => status.Outcome is { Length: > 0 } outcome ? $"done: {outcome}" : "done",
            OutboxStates.Pending when status.Attempts > 0 => $"to be tried again after {Tries(status.Attempts)} failed: {status.LastError}",
            OutboxStates.Pending when status.Last(ActionEventKinds.Retried) is { } retry => $"waiting to be tried again, as {retry.Actor} asked: {retry.Text}",
            OutboxStates.Pending => "waiting to be done",
            OutboxStates.Incident => $"an incident after {Tries(status.Attempts)} failed: {status.LastError}",
            OutboxStates.Dismissed when status.Last(ActionEventKinds.Dismissed) is { } dismissal => $"dismissed by {dismissal.Actor}: {dismissal.Text}",
            OutboxStates.Dismissed => "dismissed",
            _ => status.State,
        };
    }

    /// <summary>One step in a task's history: given to the team, handed on, marked done.</summary>
    public static string TaskStep(ActionEvent step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var who = Who(step.Actor);
        return step.Kind switch
        {
            TaskEventKinds.Created => $"Given by {who} {step.Text}",
            TaskEventKinds.Reassigned => $"Handed on by {who} {step.Text}",
            TaskEventKinds.Done => step.Text is { Length: > 0 } note ? $"Marked done by {who}: {note}" : $"Marked done by {who}",
            _ => $"{step.Kind} by {who}{(step.Text is { Length: > 0 } text ? $": {text}" : "")}",
        };
    }

    /// <summary>Who did it: people by their user name, the engine's own workers by what they are.</summary>
    public static string Who(string actor) => actor switch
    {
        Actors.Dispatcher => "the system",
        Actors.Scheduler => "the week's scheduler",
        _ => actor,
    };

    /// <summary>A reward's value as the workflow gives it, without a currency: the definitions name none.</summary>
    public static string Amount(decimal amount) => RewardView.Format(amount);

    private static string Tries(int count) => count == 1 ? "1 try" : $"{count} tries";
}
