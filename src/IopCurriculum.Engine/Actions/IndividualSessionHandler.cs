using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// <c>book-individual-session</c> when it comes back from an incident: the transition found no open slot,
/// someone retried, and the first open slot from tomorrow is booked now. Idempotent on the action: a
/// session it booked carries the action's key in its reason, and a repeat finds it.
/// </summary>
internal sealed class IndividualSessionHandler(EngineContext context) : IActionHandler
{
    public string Action => WorkflowActionNames.BookIndividualSession;

    public Task<string> RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        var mark = $"booked on retry ({action.IdempotencyKey})";
        var booked = UnitOfWork.Run(context, db =>
        {
            if (db.PlannedSessions.FirstOrDefault(s => s.Reason == mark) is { } made) return made.LocalStart;
            var (_, setting) = CohortService.Find(context, db, action.CohortId);
            var enrolment = db.Enrolments.Single(e => e.Id == action.EnrolmentId);
            var tomorrow = context.Now.InZone(setting.Weeks.Zone).Date.PlusDays(1);
            var week = Math.Clamp(setting.Weeks.WeekOf(tomorrow), 1, setting.Cohort.Weeks);
            return TransitionWriter.BookFrom(db, context, setting, enrolment, week, action.Arguments.GetValueOrDefault("track"), mark)
                ?? throw new ActionFailedException(TransitionWriter.NoSlot);
        });
        return Task.FromResult($"booked an individual session at {booked}");
    }
}
