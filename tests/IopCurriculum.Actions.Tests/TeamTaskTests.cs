using IopCurriculum.Actions.Tests.Support;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Actions.Tests;

/// <summary>notify-team: a task in the inboxes of the cohort's facilitators and the clinical leads, made once.</summary>
public sealed class TeamTaskTests : IDisposable
{
    private readonly ActionsHarness _a = new();

    public void Dispose() => _a.Dispose();

    [Fact]
    public void APositiveTestPutsOneTaskInTheInboxesOfTheCohortsTeam()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");

        Assert.True(_a.Drain() > 0);

        var task = Assert.Single(_a.Engine.Tasks.Inbox(ActionsHarness.Facilitator), t => t.Title == "Positive test result");
        Assert.Equal("A", task.ClientId);
        Assert.Equal(ActionsHarness.CohortId, task.CohortId);
        Assert.Equal([ActionsHarness.Facilitator, ActionsHarness.Lead], task.Assignees);
        Assert.Equal(task.Created.Plus(NodaTime.Duration.FromHours(24)), task.Due);
        Assert.Contains(_a.Engine.Tasks.Inbox(ActionsHarness.Lead), t => t.Id == task.Id);
        Assert.Empty(_a.Engine.Tasks.Inbox(ActionsHarness.OtherFacilitator));

        var row = _a.Rows(WorkflowNames.NotifyTeam).Single(r => r.Id == TaskOutbox(task.Id));
        Assert.Equal(OutboxStates.Done, row.State);
        Assert.Equal($"task {task.Id} for {ActionsHarness.Facilitator}, {ActionsHarness.Lead}", row.Outcome);
        Assert.Equal(0, _a.Drain());
    }

    [Fact]
    public void APhq9SafetyConcernAfterMigratingToVersionThreeIsATaskDueWithinFourHours()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        var migrated = _a.Engine.Migrations.Migrate(new Engine.Versions.MigrationRequest
        {
            DefinitionPath = Repo.MatrixClientV3,
            CohortId = ActionsHarness.CohortId,
            Reason = "safety alerts from measures",
            Actor = ActionsHarness.Lead,
        });
        Assert.NotEmpty(migrated.Moves);
        _a.Engine.Measures.Record(new Engine.Measures.MeasureRequest
        {
            CohortId = ActionsHarness.CohortId,
            ClientId = "A",
            Instrument = "PHQ9",
            AnsweredOn = ActionsHarness.Start,
            Answers = new Dictionary<string, int> { ["1"] = 1, ["2"] = 1, ["9"] = 1 },
            Actor = ActionsHarness.Facilitator,
        });

        Assert.True(_a.Drain() > 0);

        var task = Assert.Single(_a.Engine.Tasks.Inbox(ActionsHarness.Lead), t => t.Title.StartsWith("Safety alert: PHQ-9 item 9", StringComparison.Ordinal));
        Assert.Equal("A", task.ClientId);
        Assert.Equal(task.Created.Plus(NodaTime.Duration.FromHours(4)), task.Due);
    }

    [Fact]
    public void AnActionTriedAgainAfterItsEffectMakesNoSecondTask()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");
        _a.Drain();
        var before = _a.Engine.Tasks.Open();

        // As if the dispatcher died after making the tasks and before recording them done.
        using (var db = _a.H.Database.Open())
            db.Outbox.Where(o => o.Action == WorkflowNames.NotifyTeam)
                .ExecuteUpdate(u => u.SetProperty(o => o.State, OutboxStates.Pending).SetProperty(o => o.Outcome, (string?)null));
        Assert.True(_a.Drain() > 0);

        Assert.Equal(before.Select(t => t.Id), _a.Engine.Tasks.Open().Select(t => t.Id));
        Assert.All(_a.Rows(WorkflowNames.NotifyTeam), r => Assert.Equal(OutboxStates.Done, r.State));
    }

    [Fact]
    public void DoneAndHandedOnAreKeptWithWhoAndWhy()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");
        _a.Drain();
        var task = _a.Engine.Tasks.Inbox(ActionsHarness.Facilitator).First(t => t.Title == "Positive test result");

        var handed = _a.Engine.Tasks.Reassign(task.Id, [ActionsHarness.OtherFacilitator], ActionsHarness.Lead, "Omar runs Thursday's group");
        Assert.Equal([ActionsHarness.OtherFacilitator], handed.Assignees);
        Assert.DoesNotContain(_a.Engine.Tasks.Inbox(ActionsHarness.Facilitator), t => t.Id == task.Id);
        Assert.Equal(("reassigned", ActionsHarness.Lead, $"to {ActionsHarness.OtherFacilitator}: Omar runs Thursday's group"),
            (handed.History[^1].Kind, handed.History[^1].Actor, handed.History[^1].Text));

        var done = _a.Engine.Tasks.Complete(task.Id, ActionsHarness.OtherFacilitator, "spoke with the client; plan reviewed");
        Assert.False(done.IsOpen);
        Assert.Equal(ActionsHarness.OtherFacilitator, done.DoneBy);
        Assert.Equal("spoke with the client; plan reviewed", done.DoneNote);
        Assert.Equal(0, _a.Engine.Tasks.OpenCount(ActionsHarness.OtherFacilitator) - _a.Engine.Tasks.Inbox(ActionsHarness.OtherFacilitator).Count);

        _a.H.AssertRefused(ProblemKind.Conflict, () => _a.Engine.Tasks.Complete(task.Id, ActionsHarness.Lead, null));
        _a.H.AssertRefused(ProblemKind.Conflict, () => _a.Engine.Tasks.Reassign(task.Id, [ActionsHarness.Lead], ActionsHarness.Lead, "too late"));
    }

    [Fact]
    public void HandingOnNeedsAReasonAndPeopleWhoCanSignIn()
    {
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");
        _a.Drain();
        var task = _a.Engine.Tasks.Inbox(ActionsHarness.Facilitator)[0];

        var blank = _a.H.AssertRefused(ProblemKind.Invalid, () => _a.Engine.Tasks.Reassign(task.Id, [ActionsHarness.Lead], ActionsHarness.Lead, "  "));
        Assert.Contains("say why", blank.Message, StringComparison.Ordinal);
        var unknown = _a.H.AssertRefused(ProblemKind.Invalid, () => _a.Engine.Tasks.Reassign(task.Id, ["nobody"], ActionsHarness.Lead, "cover"));
        Assert.Contains("no active user nobody", unknown.Message, StringComparison.Ordinal);
        _a.H.AssertRefused(ProblemKind.NotFound, () => _a.Engine.Tasks.Complete(9999, ActionsHarness.Lead, null));
        Assert.Equal([ActionsHarness.Facilitator, ActionsHarness.Lead], _a.Engine.Tasks.Require(task.Id).Assignees);
    }

    [Fact]
    public void WithNobodyToTellTheActionFailsRatherThanVanishes()
    {
        _a.Engine.Users.Disable(ActionsHarness.Lead, "test");
        _a.Engine.Users.Disable(ActionsHarness.Facilitator, "test");
        _a.H.Enrol(ActionsHarness.CohortId, "A");
        _a.H.Result(ActionsHarness.CohortId, "A", ActionsHarness.Start, "positive");

        _a.Drain();

        var row = _a.Rows(WorkflowNames.NotifyTeam).First();
        Assert.Equal(OutboxStates.Pending, row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("nobody can be told", row.LastError, StringComparison.Ordinal);
        Assert.Empty(_a.Engine.Tasks.Open());
    }

    private long TaskOutbox(long taskId)
    {
        using var db = _a.H.Database.Open();
        return db.StaffTasks.Single(t => t.Id == taskId).OutboxId;
    }
}
