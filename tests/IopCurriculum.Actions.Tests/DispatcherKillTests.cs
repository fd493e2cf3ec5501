using System.Diagnostics;
using IopCurriculum.Access;
using IopCurriculum.Actions.Tests.Support;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Actions.Tests;

/// <summary>
/// The fault test: an <c>iop actions run</c> process is killed with SIGKILL while it works through a
/// thousand actions (a care plan to push and a team to tell for each of 500 clients); a second run
/// finishes. In the end every action is done, every task exists once, and the SMTP server and the FHIR
/// endpoint have each received every action's message. A message the killed process was sending at
/// that instant may arrive twice, under the same key (Message-Id, Bundle identifier), which is how a
/// receiver recognises it; no more than the dispatcher ran at once.
/// </summary>
public sealed class DispatcherKillTests : IAsyncDisposable
{
    private const int Clients = 500;
    private readonly TempFolder _folder = new("iop-kill-");
    private readonly MailCatcher _mail = new();
    private readonly FhirServerDouble _ehr = new();

    private string DatabasePath => _folder.Sub("iop.db");

    [Fact]
    public async Task KillingTheDispatcherMidQueueLosesNothingAndDoesNothingTwiceInEffect()
    {
        var database = IopDatabase.Sqlite(DatabasePath);
        database.Migrate();
        Setup(database);
        int total;
        using (var db = database.Open()) total = db.Outbox.Count(o => o.State == OutboxStates.Pending);
        Assert.Equal(2 * Clients, total);

        using (var child = Start())
        {
            // Kill as soon as a good part of the queue is done, with the rest still to do.
            var last = (Done: 0L, At: Stopwatch.StartNew());
            while (Done() < 100)
            {
                if (child.HasExited) Assert.Fail($"the run finished (exit {child.ExitCode}) before it could be killed; stderr: {await child.StandardError.ReadToEndAsync()}");
                var done = Done();
                if (done != last.Done) last = (done, Stopwatch.StartNew());
                Assert.True(last.At.Elapsed < TimeSpan.FromMinutes(2), $"the dispatcher made no progress for two minutes (at {done} of {total})");
                Thread.Sleep(5);
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        var afterKill = Done();
        Assert.InRange(afterKill, 100, total - 1);

        using (var again = Start())
        {
            var output = await again.StandardOutput.ReadToEndAsync();
            var error = await again.StandardError.ReadToEndAsync();
            await again.WaitForExitAsync();
            Assert.True(again.ExitCode == 0, $"exit {again.ExitCode}: {error}");
            Assert.True(output.Contains(" 0 waiting to be tried again, 0 new incidents", StringComparison.Ordinal), $"{output}; errors: {Errors(database)}");
        }

        using var check = database.Open();
        var rows = check.Outbox.AsNoTracking().Where(o => o.Action == WorkflowNames.NotifyTeam || o.Action == WorkflowNames.RefreshCarePlan).ToList();
        Assert.Equal(total, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStates.Done, r.State));

        var told = rows.Where(r => r.Action == WorkflowNames.NotifyTeam).ToList();
        Assert.Equal(told.Select(r => r.Id).Order(), check.StaffTasks.AsNoTracking().Select(t => t.OutboxId).AsEnumerable().Order());
        var mailKeys = _mail.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(told.Select(r => $"{r.IdempotencyKey}@iopcurriculum").Order(StringComparer.Ordinal), mailKeys.Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(mailKeys.Count - mailKeys.Distinct().Count(), 0, DispatchSettings.Default.Parallel);

        var pushed = rows.Where(r => r.Action == WorkflowNames.RefreshCarePlan).ToList();
        var bundleKeys = _ehr.Received.Select(b => b.Identifier!.Value).ToList();
        Assert.Equal(pushed.Select(r => $"urn:uuid:{Guid.ParseExact(r.IdempotencyKey, "N"):D}").Order(StringComparer.Ordinal), bundleKeys.Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(bundleKeys.Count - bundleKeys.Distinct().Count(), 0, DispatchSettings.Default.Parallel);
        // Each push is in its client's accounting; one resent after the kill is there as often as it went.
        Assert.InRange(check.Disclosures.Count(d => d.Channel == "ehr-push"), Clients, Clients + DispatchSettings.Default.Parallel);
    }

    private void Setup(IopDatabase database)
    {
        var engine = new IopEngine(database, TimeProvider.System);
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var today = Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(zone).Date;
        engine.Programs.Create("kill", "Fault test program", zone.Id, null);
        var cohort = engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "kill",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Repo.MatrixClient],
            Start = today,
        });
        engine.Users.Create("fran", "Fran", "a long enough password", Roles.Facilitator, "test");
        engine.Users.AssignCohort("fran", cohort.Id, "test");
        engine.Users.SetEmail("fran", "fran@clinic.example.org", "test");
        engine.Programs.SetMail("kill", _mail.Server, "iop@clinic.example.org");
        for (var i = 0; i < Clients; i++)
            engine.Enrolments.Enrol(new EnrolRequest { CohortId = cohort.Id, ClientId = $"c{i:D4}", GivenName = "Test", FamilyName = "Client", Week = 1 });
        var recipient = Consenting.Everyone(engine);
        engine.Recipients.SetEndpoint(recipient, _ehr.Url.ToString(), null, "test");
        // The consent lead is a clinical lead too: tasks go to both.
        for (var i = 0; i < Clients; i++)
            engine.Results.Record(new ResultRequest { CohortId = cohort.Id, ClientId = $"c{i:D4}", CollectedOn = today, Outcome = "missed", Actor = "test" });
    }

    private static string Errors(IopDatabase database)
    {
        using var db = database.Open();
        return string.Join(" | ", db.Outbox.AsNoTracking().Where(o => o.LastError != null).Select(o => o.Action + ": " + o.LastError).AsEnumerable().Distinct().Take(5));
    }

    /// <summary>Actions done, read on a fresh connection each time so no snapshot lingers.</summary>
    private long Done()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM outbox WHERE state = 'done' AND action IN ('notify-team', 'refresh-care-plan')";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Process Start() =>
        Process.Start(IopProcess.StartInfo(["--db", DatabasePath, "actions", "run", "--public-url", ActionsHarness.PublicUrl.ToString()]))!;

    public async ValueTask DisposeAsync()
    {
        await _mail.DisposeAsync();
        _ehr.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
