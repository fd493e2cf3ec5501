using System.Diagnostics;
using System.Globalization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Persistence;
using IopCurriculum.Testing.Clocks;
using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;

namespace IopCurriculum.Bench;

/// <param name="Cohorts">Cohorts in the course, one client each.</param>
/// <param name="Postgres">A connection string to a PostgreSQL server the benchmark may create databases on; null runs SQLite alone.</param>
/// <param name="Nodes">The cluster sizes to measure on PostgreSQL.</param>
internal sealed record ScaleOutOptions(int Cohorts, string? Postgres, IReadOnlyList<int> Nodes);

/// <summary>
/// Whole courses through real <c>iop scheduler run</c> processes on a fast clock: every cohort of the
/// course through 16 weeks, on one SQLite node and on 1, 2 and 3 clustered PostgreSQL nodes. Throughput
/// is journal entries written (each cohort week and each client crossing is one transition) per second
/// of wall time, from the first entry to the last.
/// </summary>
internal static class ScaleOutSuite
{
    private const string ProgramId = "bench";
    private const int Weeks = 16;

    /// <summary>Simulated seconds per real second: the 16 weeks' boundaries come faster than the nodes can end them, so the nodes, not the clock, set the pace.</summary>
    private const double Speed = 350_000;

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static void Run(string root, ScaleOutOptions options)
    {
        var iop = Path.Combine(AppContext.BaseDirectory, "iop.dll");
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"iop-bench-{Guid.NewGuid():N}")).FullName;
        Console.WriteLine();
        Console.WriteLine("## Scale-out");
        Console.WriteLine();
        Console.WriteLine($"{options.Cohorts:N0} cohorts x {Weeks} weeks, one client each, through `iop scheduler run` processes on a fast clock ({Speed:N0}x).");
        Console.WriteLine();
        Console.WriteLine("| database | nodes | transitions | wall time | transitions/s | ratio to 1 SQLite node |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        string? template = null;
        try
        {
            var sqlite = Path.Combine(scratch, "course.db");
            Populate(IopDatabase.Sqlite(sqlite), root, options.Cohorts);
            SqliteConnection.ClearAllPools();
            var baseline = Measure(iop, root, $"SQLite", 1, sqlite, () => Count(IopDatabase.Sqlite(sqlite)), options.Cohorts, null);
            if (options.Postgres is null) return;

            template = $"iop_bench_{Guid.NewGuid():N}";
            Execute(options.Postgres, $"CREATE DATABASE {template}");
            Populate(IopDatabase.Postgres(On(options.Postgres, template)), root, options.Cohorts);
            NpgsqlConnection.ClearAllPools();
            foreach (var nodes in options.Nodes)
            {
                var name = $"iop_bench_run_{Guid.NewGuid():N}";
                Execute(options.Postgres, $"CREATE DATABASE {name} TEMPLATE {template}");
                try
                {
                    var connection = On(options.Postgres, name);
                    Measure(iop, root, "PostgreSQL", nodes, connection, () => Count(IopDatabase.Postgres(connection)), options.Cohorts, baseline);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    Execute(options.Postgres, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
            if (template is not null && options.Postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                Execute(options.Postgres, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
            }
        }
    }

    private static double Measure(string iop, string root, string database, int nodes, string setting, Func<(long Entries, long Behind)> count, int cohorts, double? baseline)
    {
        var expected = (long)cohorts * Weeks * 2;
        var clock = new FastClock(new LocalDateTime(2027, 1, 3, 12, 0).InZoneStrictly(Zone).ToDateTimeOffset(), TimeProvider.System.GetUtcNow(), Speed);
        var processes = Enumerable.Range(0, nodes).Select(_ => Start(iop, root, setting, clock)).ToList();
        try
        {
            var watch = Stopwatch.StartNew();
            TimeSpan? first = null;
            while (true)
            {
                var (entries, behind) = count();
                if (entries > 0 && first is null) first = watch.Elapsed;
                if (entries >= expected && behind == 0) break;
                if (watch.Elapsed > Deadline) throw new TimeoutException($"{database} with {nodes} node(s): {entries} of {expected} transitions after {Deadline}");
                Thread.Sleep(100);
            }
            var wall = watch.Elapsed - first!.Value;
            var rate = expected / wall.TotalSeconds;
            var ratio = baseline is { } b ? (rate / b).ToString("0.00", CultureInfo.InvariantCulture) : "1.00 (baseline)";
            Console.WriteLine($"| {database} | {nodes} | {expected:N0} | {wall.TotalSeconds:F1} s | {rate:N0} | {ratio} |");
            return rate;
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                process.Dispose();
            }
        }
    }

    private static Process Start(string iop, string root, string setting, FastClock clock)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[] { iop, "--db", setting, "scheduler", "run" }) start.ArgumentList.Add(arg);
        foreach (var (variable, value) in clock.ProcessEnvironment()) start.Environment[variable] = value;
        var process = Process.Start(start)!;
        // The nodes log every week they end; drain it so they never block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Journal entries of week boundaries (cohorts' and clients'), and clients behind their cohort.</summary>
    private static (long Entries, long Behind) Count(IopDatabase database)
    {
        using var db = database.Open();
        var entries = db.Journal.LongCount(j => j.Trigger == "week-elapsed");
        var behind = db.Instances.LongCount(i => i.Active && i.WeeksProcessed < i.Enrolment!.Cohort!.WeeksAdvanced);
        return (entries, behind);
    }

    private static void Populate(IopDatabase database, string root, int cohorts)
    {
        database.Migrate();
        var engine = new IopEngine(database, new SimulatedClock(new LocalDateTime(2027, 1, 1, 9, 0).InZoneStrictly(Zone).ToDateTimeOffset()));
        var matrix = Path.Combine(root, "curricula", "matrix-16-week");
        engine.Programs.Create(ProgramId, "Scale-out benchmark", null, Path.Combine(matrix, "calendars", "example-los-angeles.yaml"));
        for (var i = 0; i < cohorts; i++)
        {
            var cohort = engine.Cohorts.Create(new CohortRequest
            {
                ProgramId = ProgramId,
                CurriculumPath = matrix,
                WorkflowPaths = [Path.Combine(root, "workflows", "matrix-client.yaml")],
                Start = new LocalDate(2027, 1, 4),
                Id = string.Create(CultureInfo.InvariantCulture, $"c{i:D4}"),
                Actor = "bench",
            });
            engine.Enrolments.Enrol(new EnrolRequest
            {
                CohortId = cohort.Id,
                ClientId = string.Create(CultureInfo.InvariantCulture, $"k{i:D4}"),
                GivenName = "Client",
                FamilyName = "Bench",
                Week = 1,
                Actor = "bench",
            });
        }
    }

    private static string On(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static void Execute(string connection, string sql)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }
}
