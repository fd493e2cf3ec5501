using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Workflows;

namespace IopCurriculum.Actions;

/// <summary>
/// <c>notify-team</c>: a task in the inbox of the client's cohort facilitators and the program's clinical
/// leads and, where the program sends mail, a notice to those of them with an address. The task is made
/// once per action; the notice is recorded as sent, so a retry does not send it again.
/// </summary>
internal sealed class NotifyTeamHandler(IopEngine engine, TaskNotices notices) : IActionHandler
{
    private const string Mailed = "notice mailed";

    public string Action => WorkflowActionNames.NotifyTeam;

    public async Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        var task = engine.Tasks.CreateFor(action);
        var told = $"task {task.Id} for {string.Join(", ", task.Assignees)}";
        if (engine.Programs.MailOf(task.ProgramId) is not { } mail) return told;
        if (engine.Actions.StepsDone(action.Id).Contains(Mailed)) return $"{told}; notice mailed";
        var addresses = task.Assignees.Select(u => engine.Users.Find(u)?.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (addresses.Count == 0) return $"{told}; no one assigned has an e-mail address, so no notice was sent";
        await notices.SendAsync(mail, notices.Compose(mail, addresses, task.Id, action.IdempotencyKey), cancel).ConfigureAwait(false);
        engine.Actions.MarkStep(action, Mailed);
        return $"{told}; notice mailed to {addresses.Count}";
    }
}
