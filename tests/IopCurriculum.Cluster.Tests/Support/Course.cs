using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;

namespace IopCurriculum.Cluster.Tests.Support;

/// <summary>
/// The course the cluster runs: 1,000 cohorts of the Matrix curriculum in one Los Angeles program, all
/// starting Monday 2027-01-04, each with one client on the course workflow, so 16 weeks end 16,000 cohort
/// weeks and move 1,000 instances through their whole course. The database is built once through the
/// engine and copied (PostgreSQL's CREATE DATABASE … TEMPLATE) for each test.
/// </summary>
internal static class Course
{
    public const string ProgramId = "cluster";
    public const int Weeks = 16;

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    public static readonly LocalDate FirstDay = new(2027, 1, 4);

    /// <summary>How many cohorts run (IOP_CLUSTER_COHORTS may lower it while working on the tests).</summary>
    public static int Cohorts { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("IOP_CLUSTER_COHORTS"), out var n) && n > 0 ? n : 1000;

    /// <summary>Where the simulated clock starts: the Sunday before the first week, at noon.</summary>
    public static DateTimeOffset SimulatedStart => new LocalDateTime(2027, 1, 3, 12, 0).InZoneStrictly(Zone).ToDateTimeOffset();

    /// <summary>A day after the last boundary's wake-up: by then every week of every cohort must be over.</summary>
    public static Instant End => new LocalDateTime(2027, 4, 27, 0, 0).InZoneStrictly(Zone).ToInstant();

    private static readonly Lock Gate = new();
    private static string? _template;
    private static IReadOnlyList<Step>? _expected;

    /// <summary>A fresh copy of the course's database; disposing it drops it.</summary>
    public static CourseDatabase Copy(string server)
    {
        string template;
        lock (Gate) template = _template ??= Build(server);
        var name = $"iop_run_{Guid.NewGuid():N}";
        return new CourseDatabase(server, name, PostgresServer.CreateDatabase(server, name, template));
    }

    /// <summary>What the journal must hold for each client: its workflow across every week, computed by one engine alone.</summary>
    public static IReadOnlyList<Step> ExpectedSteps
    {
        get
        {
            lock (Gate) return _expected ??= Reference();
        }
    }

    private static string Build(string server)
    {
        var name = $"iop_course_{Guid.NewGuid():N}";
        var connection = PostgresServer.CreateDatabase(server, name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { PostgresServer.DropDatabase(server, name); }
            catch (NpgsqlException) { /* the server may already be gone */ }
        };
        var database = IopDatabase.Postgres(connection);
        database.Migrate();
        Populate(database, Cohorts);
        // A template database must have no open connections while it is copied.
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    private static void Populate(IopDatabase database, int cohorts)
    {
        var engine = new IopEngine(database, new SimulatedClock(new LocalDateTime(2027, 1, 1, 9, 0).InZoneStrictly(Zone).ToDateTimeOffset()));
        engine.Programs.Create(ProgramId, "Cluster test program", null, Repo.LosAngelesCalendar);
        Parallel.For(0, cohorts, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var cohort = engine.Cohorts.Create(new CohortRequest
            {
                ProgramId = ProgramId,
                CurriculumPath = Repo.Matrix,
                WorkflowPaths = [Repo.MatrixClient],
                Start = FirstDay,
                Id = CohortId(i),
                Actor = "test",
            });
            engine.Enrolments.Enrol(new EnrolRequest
            {
                CohortId = cohort.Id,
                ClientId = $"k{i:D4}",
                GivenName = "Client",
                FamilyName = $"K{i:D4}",
                Week = 1,
                Actor = "test",
            });
        });
    }

    public static string CohortId(int i) => $"c{i:D4}";

    /// <summary>One cohort alone on SQLite, advanced by one engine past the end of the course.</summary>
    private static List<Step> Reference()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iop-reference-{Guid.NewGuid():N}.db");
        try
        {
            var database = IopDatabase.Sqlite(path);
            database.Migrate();
            Populate(database, 1);
            var clock = new SimulatedClock(End.ToDateTimeOffset());
            new IopEngine(database, clock).Weeks.AdvanceDue();
            using var db = database.Open();
            return [.. db.Journal.AsNoTracking()
                .Where(j => j.InstanceId != null && j.Trigger == "week-elapsed")
                .OrderBy(j => j.Week)
                .Select(j => new Step(j.Week, j.FromStage, j.ToStage))];
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
    }
}

/// <summary>One week of one client's course: the stage before and after.</summary>
internal sealed record Step(int Week, string From, string To);

/// <summary>A copy of the course's database for one test, dropped when the test ends.</summary>
internal sealed class CourseDatabase(string server, string name, string connectionString) : IDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public void Dispose() => PostgresServer.DropDatabase(server, Name);
}
