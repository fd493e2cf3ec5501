using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Web.Tests.Cohorts;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Web.Tests.Actions;

/// <summary>
/// Test results recorded for the demo clients, and the outbox worked the way the dispatcher works it: the
/// team told of <c>notify-team</c>, rewards recorded for <c>issue-reward</c>, every other action done with
/// a plain outcome, and whatever <c>fails</c> picks failed, by default as an incident at once.
/// </summary>
internal static class Outbox
{
    public const string Error = "the EHR answered 503";

    public static void Test(IopEngine engine, string clientId, string outcome, LocalDate? on = null) =>
        engine.Results.Record(new ResultRequest
        {
            CohortId = CohortPages.Demo, ClientId = clientId, CollectedOn = on ?? new LocalDate(2027, 1, 4), Outcome = outcome, Actor = "test",
        });

    /// <param name="tries">How often the dispatcher tries before an incident; once unless told.</param>
    public static void Run(IopEngine engine, Func<ClaimedAction, bool>? fails = null, int tries = 1)
    {
        foreach (var action in engine.Actions.Claim(DispatchSettings.Default))
        {
            if (fails?.Invoke(action) == true)
            {
                engine.Actions.Fail(action, Error, DispatchSettings.Default with { MaxAttempts = tries });
                continue;
            }
            switch (action.Action)
            {
                case WorkflowActionNames.NotifyTeam:
                    engine.Tasks.CreateFor(action);
                    engine.Actions.Succeed(action, "told");
                    break;
                case WorkflowActionNames.IssueReward:
                    engine.Rewards.GrantFor(action);
                    engine.Actions.Succeed(action, "reward recorded");
                    break;
                default:
                    engine.Actions.Succeed(action, $"{action.Action} done");
                    break;
            }
        }
    }

    /// <summary>Every open incident's id for <paramref name="action"/>.</summary>
    public static IReadOnlyList<long> Incidents(IopEngine engine, string action) =>
        [.. engine.Actions.Incidents().Where(i => i.Action == action).Select(i => i.Id)];

    /// <summary>What became of action <paramref name="id"/>, as the journal's readers see it.</summary>
    public static ActionStatus Status(IopEngine engine, long id)
    {
        var entries = engine.Reports.Journal(new JournalQuery { CohortId = CohortPages.Demo }).Select(j => j.Id).ToList();
        return engine.Actions.OfJournal(entries).Single(a => a.Id == id);
    }
}
