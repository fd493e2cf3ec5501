using IopCurriculum.Actions.Tests.Support;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Workflows;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Actions.Tests;

/// <summary>The dispatcher's contract: every action served, claims disjoint and lapsing, rewards once, packets ready.</summary>
public sealed class DispatchTests : IDisposable
{
    private readonly ActionsHarness _a = new();

    public void Dispose() => _a.Dispose();

    [Fact]
    public void EveryActionAWorkflowCanNameHasAHandlerOrIsDoneInItsTransition()
    {
        var serves = _a.Dispatcher().Serves;
        Assert.Equal(WorkflowActionNames.All.Order(StringComparer.Ordinal),
            serves.Concat(ActionDispatcher.DoneInTransition).Distinct().Order(StringComparer.Ordinal));

        var missing = Assert.Throws<ArgumentException>(() => new ActionDispatcher(_a.Engine, [], ActionsHarness.Settings));
        Assert.Contains("no handler serves render-guides, refresh-care-plan, notify-team", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionsDoneInTheirTransitionAreWrittenDoneWithWhatTheyDid()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");

        var planned = Assert.Single(_a.Rows(WorkflowActionNames.PlanSessions));
        Assert.Equal(OutboxStates.Done, planned.State);
        Assert.Equal("the client's rosters now follow intake-assessment: ER, RP, FE, UA", planned.Outcome);
        Assert.NotNull(planned.ProcessedUtc);
    }

    [Fact]
    public void AWeekBoundaryAsksForNextWeeksPacketAndNothingElse()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.SetInstant(new CohortCalendar(ActionsHarness.Start, EngineHarness.LosAngeles, 16).EndOf(1).Plus(Duration.FromMinutes(1)));
        _a.Engine.Weeks.AdvanceDue();

        using var db = _a.H.Database.Open();
        var boundary = db.Journal.AsNoTracking().Single(j => j.InstanceId == null && j.Trigger == "week-elapsed");
        var asked = db.Outbox.AsNoTracking().Where(o => o.JournalId == boundary.Id).ToList();
        Assert.Equal([(WorkflowActionNames.RenderGuides, "{\"week\":\"2\"}")], asked.Select(o => (o.Action, o.Arguments)));
    }

    [Fact]
    public void ThePacketIsWrittenReadyAndNotRedoneWhenNothingChanged()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.SetInstant(new CohortCalendar(ActionsHarness.Start, EngineHarness.LosAngeles, 16).EndOf(1).Plus(Duration.FromMinutes(1)));
        _a.Engine.Weeks.AdvanceDue();

        _a.Drain();

        var ready = new ReadyPackets(_a.DataFolder).Find(ActionsHarness.CohortId, 2);
        Assert.NotNull(ready);
        Assert.Null(ready.PdfPath);
        Assert.EndsWith($"2027-01-11_{ActionsHarness.CohortId}_week-02.html", ready.HtmlPath, StringComparison.Ordinal);
        Assert.Contains("Week 2", File.ReadAllText(ready.HtmlPath), StringComparison.Ordinal);
        var boundaryRow = _a.Rows(WorkflowActionNames.RenderGuides).Single(r => r.EnrolmentId == null);
        Assert.Equal("week 2 packet ready as HTML", boundaryRow.Outcome);

        using (var db = _a.H.Database.Open())
            db.Outbox.Where(o => o.Id == boundaryRow.Id).ExecuteUpdate(u => u.SetProperty(o => o.State, OutboxStates.Pending));
        _a.Drain();
        Assert.Equal("week 2 packet unchanged since it was made; nothing to redo", _a.Rows(WorkflowActionNames.RenderGuides).Single(r => r.Id == boundaryRow.Id).Outcome);
    }

    [Fact]
    public void ARewardIsRecordedOnceWithTheTestThatEarnedItAndHandedOverOnce()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "negative");
        _a.Drain();

        var reward = Assert.Single(_a.Engine.Rewards.OfClient("A"));
        Assert.Equal((5m, ActionsHarness.Start, true), (reward.Amount, reward.TestDate, reward.IsOwed));
        Assert.NotNull(reward.TestResultId);
        Assert.Equal("reward of 5 recorded, to be handed over", _a.Rows(WorkflowActionNames.IssueReward).Single().Outcome);

        using (var db = _a.H.Database.Open())
            db.Outbox.Where(o => o.Action == WorkflowActionNames.IssueReward).ExecuteUpdate(u => u.SetProperty(o => o.State, OutboxStates.Pending));
        _a.Drain();
        Assert.Single(_a.Engine.Rewards.OfClient("A"));

        var given = _a.Engine.Rewards.Give(reward.Id, ActionsHarness.Facilitator);
        Assert.Equal(ActionsHarness.Facilitator, given.GivenBy);
        Assert.Equal(new RewardTotals("A", 5m, 5m, 0), _a.Engine.Rewards.TotalsOf(ActionsHarness.CohortId)["A"]);
        _a.H.AssertRefused(ProblemKind.Conflict, () => _a.Engine.Rewards.Give(reward.Id, ActionsHarness.Lead));
    }

    [Fact]
    public void ABookingThatFoundNoSlotIsAnIncidentAndARetryBooksOnce()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");
        var booked = _a.Rows(WorkflowActionNames.BookIndividualSession).Single();
        Assert.Equal(OutboxStates.Done, booked.State);
        Assert.StartsWith("booked an individual session at 2027-01-", booked.Outcome, StringComparison.Ordinal);

        // As the transition leaves it when the week and the next have no open slot.
        using (var db = _a.H.Database.Open())
        {
            db.Outbox.Add(new OutboxRecord
            {
                JournalId = booked.JournalId, CohortId = booked.CohortId, EnrolmentId = booked.EnrolmentId, Action = booked.Action,
                Arguments = booked.Arguments, CreatedUtc = booked.CreatedUtc, IdempotencyKey = Guid.NewGuid().ToString("N"),
                State = OutboxStates.Incident, Attempts = 1, NextAttemptUtc = booked.CreatedUtc, LastError = "no individual session slot is open this week or next",
            });
            db.SaveChanges();
        }
        var incident = Assert.Single(_a.Engine.Actions.Incidents());
        var sessions = _a.H.AllSessions(ActionsHarness.CohortId).Count;

        _a.Engine.Actions.Retry(incident.Id, ActionsHarness.Lead, "a slot opened on Thursday");
        _a.Drain();
        var retried = _a.Rows(WorkflowActionNames.BookIndividualSession).Single(r => r.Id == incident.Id);
        Assert.Equal(OutboxStates.Done, retried.State);
        Assert.StartsWith("booked an individual session at 2027-01-", retried.Outcome, StringComparison.Ordinal);
        Assert.Equal(sessions + 1, _a.H.AllSessions(ActionsHarness.CohortId).Count);

        using (var db = _a.H.Database.Open())
            db.Outbox.Where(o => o.Id == incident.Id).ExecuteUpdate(u => u.SetProperty(o => o.State, OutboxStates.Pending));
        _a.Drain();
        Assert.Equal(sessions + 1, _a.H.AllSessions(ActionsHarness.CohortId).Count);
        Assert.Equal(retried.Outcome, _a.Rows(WorkflowActionNames.BookIndividualSession).Single(r => r.Id == incident.Id).Outcome);
    }

    [Fact]
    public void TwoDispatchersClaimDisjointActionsAndALapsedClaimIsTakenAgain()
    {
        foreach (var client in new[] { "A", "B", "C", "D" }) _a.H.Enrol(ActionsHarness.CohortId, client);
        var pending = _a.Rows().Where(r => r.State == OutboxStates.Pending).Select(r => r.Id).ToList();
        Assert.True(pending.Count >= 4);
        var small = ActionsHarness.Settings with { Batch = pending.Count / 2 };

        var first = _a.Engine.Actions.Claim(small);
        var second = _a.Engine.Actions.Claim(small);
        Assert.Empty(first.Select(c => c.Id).Intersect(second.Select(c => c.Id)));
        Assert.Equal(pending.Count, first.Count + second.Count);
        Assert.Empty(_a.Engine.Actions.Claim(small));

        // The first dispatcher dies holding its claims; once they lapse another takes them.
        _a.H.Clock.Advance(small.Lease + TimeSpan.FromSeconds(1));
        var taken = _a.Engine.Actions.Claim(ActionsHarness.Settings);
        Assert.Equal(pending.Order(), taken.Select(c => c.Id).Order());
        Assert.False(_a.Engine.Actions.Succeed(first[0], "too late"));
        Assert.True(_a.Engine.Actions.Succeed(taken.Single(t => t.Id == first[0].Id), "done by the second"));
    }
}
