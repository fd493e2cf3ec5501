using IopCurriculum.Actions.Tests.Support;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;

namespace IopCurriculum.Actions.Tests;

/// <summary>Task notices by e-mail through a real SMTP server: a link, no client details, sent once.</summary>
public sealed class TaskNoticeTests : IAsyncDisposable
{
    private const string Chart = "chart-4471";
    private readonly ActionsHarness _a = new();
    private readonly MailCatcher _mail = new();

    public async ValueTask DisposeAsync()
    {
        await _mail.DisposeAsync();
        _a.Dispose();
    }

    private void PositiveTest()
    {
        _a.Engine.Enrolments.Enrol(new EnrolRequest
        {
            CohortId = ActionsHarness.CohortId, ClientId = Chart, GivenName = "Rosalind", FamilyName = "Quint", Actor = "test",
        });
        _a.H.Result(ActionsHarness.CohortId, Chart, ActionsHarness.Start, "positive");
    }

    [Fact]
    public void TheTeamIsMailedALinkToTheTaskAndNothingAboutTheClient()
    {
        _a.Engine.Programs.SetMail(EngineHarness.ProgramId, _mail.Server, "iop@clinic.example.org");
        _a.Engine.Users.SetEmail(ActionsHarness.Facilitator, "fran@clinic.example.org", "test");
        _a.Engine.Users.SetEmail(ActionsHarness.Lead, "lena@clinic.example.org", "test");
        PositiveTest();

        _a.Drain();

        var task = _a.Engine.Tasks.Inbox(ActionsHarness.Facilitator).Single(t => t.Title == "Positive test result");
        var row = _a.Rows(WorkflowNames.NotifyTeam).Single(r => r.Outcome!.StartsWith($"task {task.Id} ", StringComparison.Ordinal));
        var message = Assert.Single(_mail.Messages, m => m.MessageId == $"{row.IdempotencyKey}@iopcurriculum");
        Assert.Equal(["fran@clinic.example.org", "lena@clinic.example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("iop@clinic.example.org", message.From.Mailboxes.Single().Address);
        Assert.Contains($"https://iop.clinic.example.org/tasks#task-{task.Id}", message.TextBody, StringComparison.Ordinal);
        var whole = message.ToString();
        foreach (var secret in new[] { Chart, "Rosalind", "Quint", "positive", "Positive", ActionsHarness.CohortId })
            Assert.DoesNotContain(secret, whole, StringComparison.Ordinal);
        Assert.EndsWith("notice mailed to 2", row.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAddressNoNoticeAndTheOutcomeSaysSo()
    {
        _a.Engine.Programs.SetMail(EngineHarness.ProgramId, _mail.Server, "iop@clinic.example.org");
        PositiveTest();

        _a.Drain();

        Assert.Empty(_mail.Messages);
        Assert.All(_a.Rows(WorkflowNames.NotifyTeam), r => Assert.EndsWith("no one assigned has an e-mail address, so no notice was sent", r.Outcome, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMailServerThatIsDownIsTriedAgainWithoutASecondTask()
    {
        var down = new MailCatcher();
        var server = down.Server;
        await down.DisposeAsync();
        _a.Engine.Programs.SetMail(EngineHarness.ProgramId, server, "iop@clinic.example.org");
        _a.Engine.Users.SetEmail(ActionsHarness.Facilitator, "fran@clinic.example.org", "test");
        PositiveTest();

        _a.Drain();
        var failed = _a.Rows(WorkflowNames.NotifyTeam).First(r => r.State == OutboxStates.Pending);
        Assert.Contains($"the mail server 127.0.0.1:", failed.LastError, StringComparison.Ordinal);
        var tasks = _a.Engine.Tasks.Open().Count;

        _a.Engine.Programs.SetMail(EngineHarness.ProgramId, _mail.Server, "iop@clinic.example.org");
        _a.PassPause();
        _a.Drain();

        Assert.Equal(tasks, _a.Engine.Tasks.Open().Count);
        Assert.Equal(_a.Rows(WorkflowNames.NotifyTeam).Count, _mail.Messages.Count);
        Assert.All(_a.Rows(WorkflowNames.NotifyTeam), r => Assert.Equal(OutboxStates.Done, r.State));
    }

    [Fact]
    public void MailSettingsAndAddressesAreChecked()
    {
        var noPort = _a.H.AssertRefused(Engine.ProblemKind.Invalid, () => _a.Engine.Programs.SetMail(EngineHarness.ProgramId, "mail.example.org:99999", "iop@example.org"));
        Assert.Contains("port from 1 to 65535", noPort.Message, StringComparison.Ordinal);
        _a.H.AssertRefused(Engine.ProblemKind.Invalid, () => _a.Engine.Programs.SetMail(EngineHarness.ProgramId, "mail.example.org", null));
        _a.H.AssertRefused(Engine.ProblemKind.Invalid, () => _a.Engine.Users.SetEmail(ActionsHarness.Lead, "Lena <lena@example.org>", "test"));
        _a.H.AssertRefused(Engine.ProblemKind.NotFound, () => _a.Engine.Programs.SetMail("nowhere", "mail.example.org", "iop@example.org"));
        Assert.Null(_a.Engine.Programs.MailOf(EngineHarness.ProgramId));
        Assert.Equal(new Engine.Setup.ProgramMail("mail.example.org", 587, "iop@example.org"),
            _a.Engine.Programs.SetMail(EngineHarness.ProgramId, "mail.example.org:587", "iop@example.org"));
    }
}
