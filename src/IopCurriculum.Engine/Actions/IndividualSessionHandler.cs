using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// <c>book-individual-session</c> when it comes back from an incident: the transition found no open slot,
/// someone retried, and the first open slot from tomorrow is booked now. The booking and the record that
/// this action made it commit together, so a repeat finds it instead of booking again.
/// </summary>
internal sealed class IndividualSessionHandler(EngineContext context) : IActionHandler
{
    private const string Step = "booked";

    public string Action => WorkflowActionNames.BookIndividualSession;

    public Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        var booked = UnitOfWork.Run(context, db =>
        {
            if (db.ActionEvents.FirstOrDefault(e => e.OutboxId == action.Id && e.Kind == ActionEventKinds.Step && e.Text!.StartsWith(Step)) is { } made)
                return made.Text![(Step.Length + 1)..];
            var (_, setting) = CohortService.Find(context, db, action.CohortId);
            var enrolment = db.Enrolments.Single(e => e.Id == action.EnrolmentId);
            var tomorrow = context.Now.InZone(setting.Weeks.Zone).Date.PlusDays(1);
            var week = Math.Clamp(setting.Weeks.WeekOf(tomorrow), 1, setting.Cohort.Weeks);
            var start = TransitionWriter.BookFrom(db, context, setting, enrolment, week, null, "booked when the workflow's request was tried again")
                ?? throw new ActionFailedException(TransitionWriter.NoSlot);
            db.ActionEvents.Add(new ActionEventRecord { OutboxId = action.Id, Kind = ActionEventKinds.Step, AtUtc = context.UtcNow, Actor = Actors.Dispatcher, Text = $"{Step} {start}" });
            return start;
        });
        return Task.FromResult($"booked an individual session at {booked}");
    }
}
