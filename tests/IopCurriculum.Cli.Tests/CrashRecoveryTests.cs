using System.Diagnostics;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence;
using IopCurriculum.Workflows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Cli.Tests;

/// <summary>
/// The fault test: an <c>iop</c> process is killed with SIGKILL while it moves 1,000 client instances
/// across a week boundary. Every instance must be either wholly across (stage, journal entry and outbox
/// written together) or not at all; a restart finishes the rest; in the end each instance has crossed
/// exactly once, as its workflow says it should.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Clients = 1000;
    private static readonly string IopDll = Path.Combine(AppContext.BaseDirectory, "iop.dll");
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"iop-crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task KillingTheProcessMidAdvanceLosesAndDuplicatesNothing()
    {
        var database = IopDatabase.Sqlite(_databasePath);
        database.Migrate();
        var zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
        var cohortId = Setup(database, zone);

        using (var child = Start("cohort", "advance", "--cohort", cohortId, "--week", "1", "--reason", "fault test"))
        {
            // Watch the file directly and kill as soon as the crossings have begun.
            var watch = Stopwatch.StartNew();
            while (Crossed() < 10)
            {
                if (child.HasExited) Assert.Fail($"the advance finished (exit {child.ExitCode}) before it could be killed; stderr: {child.StandardError.ReadToEnd()}");
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "the advance made no progress");
                Thread.Sleep(2);
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            var seen = Crossed();
            Assert.True(CrossedCount(database) < Clients, $"the kill came too late to interrupt the advance (saw {seen} after {watch.ElapsedMilliseconds} ms, {CrossedCount(database)} after the kill)");
        }

        // After the crash: every instance is wholly across or not at all.
        using (var db = database.Open())
        {
            var instances = db.Instances.AsNoTracking().ToList();
            var entries = db.Journal.AsNoTracking().Where(j => j.Trigger == "week-elapsed" && j.InstanceId != null).ToList();
            Assert.InRange(entries.Count, 10, Clients - 1);
            Assert.All(instances, i => Assert.Equal(i.WeeksProcessed == 1, entries.Any(e => e.InstanceId == i.Id)));
            var outboxWithoutEntry = db.Outbox.AsNoTracking().Count(o => !db.Journal.Any(j => j.Id == o.JournalId));
            Assert.Equal(0, outboxWithoutEntry);
        }

        // Restart: the same command finishes the work and does nothing twice.
        using (var again = Start("cohort", "advance", "--cohort", cohortId, "--week", "1", "--reason", "fault test, resumed"))
        {
            var output = await again.StandardOutput.ReadToEndAsync();
            var error = await again.StandardError.ReadToEndAsync();
            await again.WaitForExitAsync();
            Assert.True(again.ExitCode == 0, $"exit {again.ExitCode}: {error}");
            Assert.Contains("already ended", output, StringComparison.Ordinal);
        }

        using (var db = database.Open())
        {
            var definition = db.WorkflowDefinitions.AsNoTracking().Single();
            var machine = WorkflowMachine.Compile(WorkflowLoader.Parse(definition.Source, definition.SourceName).Value);
            var initial = machine.Definition.InitialStage;
            var expected = machine.Fire(initial, WorkflowTrigger.WeekElapsed, new WorkflowFacts { Week = 1, StageWeeks = 1 });

            var entries = db.Journal.AsNoTracking().Where(j => j.Trigger == "week-elapsed" && j.InstanceId != null).ToList();
            Assert.Equal(Clients, entries.Count);
            Assert.Equal(Clients, entries.Select(e => e.OccurrenceKey).Distinct().Count());
            Assert.All(entries, e => Assert.Equal((initial, expected.To), (e.FromStage, e.ToStage)));
            Assert.All(db.Instances.AsNoTracking().ToList(), i => Assert.Equal((1, expected.To), (i.WeeksProcessed, i.Stage)));
            Assert.Single(db.Journal.AsNoTracking().Where(j => j.InstanceId == null && j.Trigger == "week-elapsed"));
            // Each crossing's actions were written with it, once.
            var actionsPerCrossing = expected.Actions.Count;
            Assert.Equal(Clients * actionsPerCrossing, db.Outbox.AsNoTracking().Count(o => entries.Select(e => e.Id).Contains(o.JournalId)));
        }
    }

    private static string Setup(IopDatabase database, DateTimeZone zone)
    {
        var engine = new IopEngine(database, TimeProvider.System);
        var today = SystemClockToday(zone);
        engine.Programs.Create("crash", "Crash test program", zone.Id, null);
        var cohort = engine.Cohorts.Create(new CohortRequest
        {
            ProgramId = "crash",
            CurriculumPath = Repo.Matrix,
            WorkflowPaths = [Path.Combine(Repo.Root, "workflows", "matrix-client.yaml")],
            Start = today,
        });
        for (var i = 0; i < Clients; i++)
            engine.Enrolments.Enrol(new EnrolRequest { CohortId = cohort.Id, ClientId = $"c{i:D4}", GivenName = "Test", FamilyName = "Client", Week = 1 });
        return cohort.Id;
    }

    /// <summary>Instances across the boundary, read on a fresh connection each time so no snapshot lingers.</summary>
    private long Crossed()
    {
        using var connection = new SqliteConnection($"Data Source={_databasePath};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM instances WHERE weeks_processed = 1";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static LocalDate SystemClockToday(DateTimeZone zone) =>
        Instant.FromDateTimeOffset(TimeProvider.System.GetUtcNow()).InZone(zone).Date;

    private static int CrossedCount(IopDatabase database)
    {
        using var db = database.Open();
        return db.Instances.AsNoTracking().Count(i => i.WeeksProcessed == 1);
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(IopProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(IopDll);
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(_databasePath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
