using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace IopCurriculum.Bench;

/// <param name="Instances">Client instances to move across a week boundary (100 clients a cohort).</param>
/// <param name="Cohorts">Cohorts to create in the plan-expansion benchmark.</param>
/// <param name="Clients">Clients enrolled in each of those cohorts.</param>
internal sealed record EngineOptions(bool Advance, bool Expansion, int Instances, int Cohorts, int Clients, int Runs);

/// <summary>
/// The cohort engine on a SQLite file: advancing every instance one week, and creating cohorts and
/// enrolling clients. Each is measured against raw Microsoft.Data.Sqlite writing the same rows in the
/// same number of transactions, over the same connection string, in alternation with the engine.
/// </summary>
internal static class EngineSuite
{
    public const string ProgramId = "bench";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    public static readonly LocalDate FirstStart = new(2027, 1, 4);

    public static void Run(string root, EngineOptions options)
    {
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"iop-bench-{Guid.NewGuid():N}")).FullName;
        var paths = new Paths(
            Path.Combine(root, "curricula", "matrix-16-week"),
            Path.Combine(root, "workflows", "matrix-client.yaml"),
            scratch);
        using var counter = new SqlCounter();
        try
        {
            Console.WriteLine();
            Console.WriteLine("## Cohort engine");
            Console.WriteLine();
            Console.WriteLine($"SQLite files in {Path.GetTempPath()}; {options.Runs} measured runs after 1 warm-up; engine and floor alternate on identical copies.");
            if (options.Advance) AdvanceBenchmark.Measure(options, paths, counter);
            if (options.Expansion) ExpansionBenchmark.Measure(options, paths, counter);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    public sealed record Paths(string Curriculum, string Workflow, string Scratch)
    {
        public string File(string name) => Path.Combine(Scratch, name);
    }

    public static string Micros(TimeSpan time, int per) => Report.Number(time.TotalMilliseconds * 1000 / per, "0") + " µs";

    public static SimulatedClock ClockAt(LocalDateTime local) => new(local.InZoneStrictly(Zone).ToDateTimeOffset());

    /// <summary>Replaces a database file (and its write-ahead log) with a copy of another, all connections closed.</summary>
    public static void Reset(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(to + suffix)) File.Delete(to + suffix);
            if (suffix != "-shm" && File.Exists(from + suffix)) File.Copy(from + suffix, to + suffix);
        }
    }

    public static IopEngine NewDatabase(string path, SimulatedClock clock)
    {
        var database = IopDatabase.Sqlite(path);
        database.Migrate();
        var engine = new IopEngine(database, clock);
        engine.Programs.Create(ProgramId, "Benchmark program", Zone.Id, null);
        return engine;
    }
}
