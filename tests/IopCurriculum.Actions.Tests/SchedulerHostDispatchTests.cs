using System.Diagnostics;
using IopCurriculum.Access;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Actions;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace IopCurriculum.Actions.Tests;

/// <summary>
/// <c>iop scheduler run</c> carries out actions as they are written, not only when asked: a missed test
/// recorded while it runs becomes a task in the team's inbox; with <c>--no-actions</c> it does not.
/// </summary>
public sealed class SchedulerHostDispatchTests : IDisposable
{
    private readonly TempFolder _folder = new("iop-host-");

    private string DatabasePath => _folder.Sub("iop.db");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheSchedulerHostDispatchesUnlessToldNotTo(bool dispatch)
    {
        var database = IopDatabase.Sqlite(DatabasePath);
        database.Migrate();
        var engine = new IopEngine(database, TimeProvider.System);
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var today = Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(zone).Date;
        engine.Programs.Create("host", "Host test program", zone.Id, null);
        var cohort = engine.Cohorts.Create(new CohortRequest { ProgramId = "host", CurriculumPath = Repo.Matrix, WorkflowPaths = [Repo.MatrixClient], Start = today });
        engine.Users.Create("lena", "Lena", "a long enough password", Roles.ClinicalLead, "test");
        engine.Enrolments.Enrol(new EnrolRequest { CohortId = cohort.Id, ClientId = "c1", GivenName = "Test", FamilyName = "Client", Week = 1 });

        using var host = Start(dispatch ? [] : ["--no-actions"]);
        try
        {
            engine.Results.Record(new ResultRequest { CohortId = cohort.Id, ClientId = "c1", CollectedOn = today, Outcome = "missed", Actor = "test" });
            if (dispatch)
            {
                await WaitFor(host, () => engine.Actions.Counts().GetValueOrDefault(OutboxStates.Pending) == 0, "every action done");
                Assert.Equal("Test missed", Assert.Single(engine.Tasks.Inbox("lena")).Title);
            }
            else
            {
                await WaitFor(host, () => QuartzTriggers() > 0, "the scheduler to schedule the program");
                // Long enough for several passes of a dispatcher, were one running.
                await Task.Delay(DispatchSettings.Default.Poll * 3);
                Assert.Empty(engine.Tasks.Inbox("lena"));
                Assert.True(engine.Actions.Counts()[OutboxStates.Pending] >= 2);
            }
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private readonly System.Text.StringBuilder _log = new();

    /// <summary>Quartz's triggers in the database: the host has started once it has scheduled the program.</summary>
    private long QuartzTriggers()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'QRTZ_TRIGGERS'";
        if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return 0;
        count.CommandText = "SELECT COUNT(*) FROM QRTZ_TRIGGERS";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits while the host runs; gives up only if the host dies or two minutes pass with nothing to show.</summary>
    private async Task WaitFor(Process host, Func<bool> done, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!done())
        {
            if (host.HasExited) Assert.Fail($"iop scheduler run stopped (exit {host.ExitCode}) before {what}: {_log}");
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"no {what} after two minutes of the host running: {_log}");
            await Task.Delay(50);
        }
    }

    private Process Start(string[] extra)
    {
        var process = Process.Start(IopProcess.StartInfo(new[] { "--db", DatabasePath, "scheduler", "run" }.Concat(extra)))!;
        process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
