using System.Diagnostics;
using IopCurriculum.Testing.Clocks;
using Npgsql;
using Xunit.Abstractions;

namespace IopCurriculum.Cluster.Tests.Support;

/// <summary>
/// Several scheduler processes on one copy of the course's database, on one fast clock, until every
/// cohort has ended all its weeks and every client has crossed them; then the journal is checked against
/// what one engine alone writes.
/// </summary>
internal sealed class ClusterRun : IDisposable
{
    /// <summary>Simulated seconds per real second: the 16 weeks take under a minute of clock time.</summary>
    public const double Speed = 200_000;

    /// <summary>
    /// How long the journal may stand still before the test gives up. Only a lack of progress fails a run,
    /// never its total length, so a busy machine makes it slower, not red; the database outage the tests
    /// cause lasts 10 s.
    /// </summary>
    public static readonly TimeSpan Stalled = TimeSpan.FromSeconds(90);

    private readonly CourseDatabase _database;
    private readonly ITestOutputHelper _output;
    private readonly Stopwatch _watch = new();
    private readonly Stopwatch _sinceProgress = new();
    private (long Ended, long Lagging) _lastSeen = (-1, -1);

    public ClusterRun(ITestOutputHelper output, int nodes)
    {
        _output = output;
        var server = PostgresServer.Require();
        var setup = Stopwatch.StartNew();
        _database = Course.Copy(server);
        _ = Course.ExpectedSteps;
        output.WriteLine($"course database ready in {setup.Elapsed.TotalSeconds:F1} s ({Course.Cohorts} cohorts)");
        Clock = new FastClock(Course.SimulatedStart, TimeProvider.System.GetUtcNow(), Speed);
        _watch.Start();
        _sinceProgress.Start();
        Nodes = [.. Enumerable.Range(1, nodes).Select(i => new SchedulerNode($"node {i}", _database.ConnectionString, Clock))];
    }

    public FastClock Clock { get; }

    public List<SchedulerNode> Nodes { get; }

    public static int ExpectedCohortWeeks => Course.Cohorts * Course.Weeks;

    /// <summary>Cohort weeks ended so far.</summary>
    public long CohortWeeksEnded => PostgresServer.Count(_database.ConnectionString,
        "SELECT count(*) FROM journal WHERE instance_id IS NULL AND trigger = 'week-elapsed'");

    /// <summary>Waits until the share of cohort weeks ended reaches <paramref name="fraction"/>.</summary>
    public async Task UntilProgress(double fraction)
    {
        while (CohortWeeksEnded < ExpectedCohortWeeks * fraction)
        {
            FailIfStalled((CohortWeeksEnded, 0), $"only {CohortWeeksEnded} of {ExpectedCohortWeeks} cohort weeks ended");
            Fail(Nodes.All(n => n.HasExited), "every node has exited");
            await Task.Delay(200);
        }
        _output.WriteLine($"{fraction:P0} of the cohort weeks ended after {_watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Waits until every cohort has ended all its weeks and no client is behind its cohort.</summary>
    public async Task UntilFinished()
    {
        while (true)
        {
            long ended = 0, lagging = 0;
            try
            {
                ended = CohortWeeksEnded;
                lagging = PostgresServer.Count(_database.ConnectionString,
                    "SELECT count(*) FROM instances i JOIN enrolments e ON e.id = i.enrolment_id JOIN cohorts c ON c.id = e.cohort_id "
                    + "WHERE i.active AND i.weeks_processed < c.weeks_advanced");
            }
            catch (NpgsqlException)
            {
                // The server is being restarted by the test.
            }
            if (ended == ExpectedCohortWeeks && lagging == 0) break;
            FailIfStalled((ended, lagging), $"{ended} of {ExpectedCohortWeeks} cohort weeks ended, {lagging} client(s) behind");
            Fail(Nodes.All(n => n.HasExited), "every node has exited");
            await Task.Delay(250);
        }
        var simulated = Clock.GetUtcNow() - Course.SimulatedStart;
        _output.WriteLine($"finished after {_watch.Elapsed.TotalSeconds:F1} s ({simulated.TotalDays:F0} simulated days): "
            + $"{ExpectedCohortWeeks / _watch.Elapsed.TotalSeconds:F0} cohort weeks/s");
        foreach (var node in Nodes) _output.WriteLine($"{node.Name} ended {node.WeeksEnded} cohort week(s){(node.HasExited ? " before it exited" : "")}");
    }

    /// <summary>The exactly-once checks: every cohort week and every client crossing once, as one engine alone would write them.</summary>
    public void AssertEachTransitionOnce()
    {
        using var db = new NpgsqlConnection(_database.ConnectionString);
        db.Open();

        var cohorts = Rows(db, "SELECT id, weeks_advanced FROM cohorts", r => (Id: r.GetString(0), Advanced: r.GetInt32(1)));
        Assert.Equal(Course.Cohorts, cohorts.Count);
        Assert.All(cohorts, c => Assert.Equal(Course.Weeks, c.Advanced));

        var cohortWeeks = Rows(db,
            "SELECT cohort_id, week, occurrence_key FROM journal WHERE instance_id IS NULL AND trigger = 'week-elapsed'",
            r => (Cohort: r.GetString(0), Week: r.GetInt32(1), Key: r.GetString(2)));
        Assert.Equal(ExpectedCohortWeeks, cohortWeeks.Count);
        foreach (var cohort in cohortWeeks.GroupBy(w => w.Cohort))
            Assert.Equal(Enumerable.Range(1, Course.Weeks).Select(w => $"cohort/{cohort.Key}/week/{w}"), cohort.OrderBy(w => w.Week).Select(w => w.Key));

        var expected = Course.ExpectedSteps;
        var crossings = Rows(db,
            "SELECT instance_id, week, from_stage, to_stage, occurrence_key FROM journal WHERE instance_id IS NOT NULL AND trigger = 'week-elapsed'",
            r => (Instance: r.GetInt64(0), Step: new Step(r.GetInt32(1), r.GetString(2), r.GetString(3)), Key: r.GetString(4)));
        var instances = Rows(db, "SELECT id FROM instances", r => r.GetInt64(0));
        Assert.Equal(Course.Cohorts, instances.Count);
        var byInstance = crossings.ToLookup(c => c.Instance);
        var wrong = instances.Where(id => byInstance[id].Count() != expected.Count).Take(10)
            .Select(id => $"instance {id}: weeks {string.Join(',', byInstance[id].Select(c => c.Step.Week).Order())}; "
                + string.Join(' ', Rows(db, $"SELECT weeks_processed, stage, active, revision FROM instances WHERE id = {id}", r => $"processed {r.GetInt32(0)}, {r.GetString(1)}, active {r.GetBoolean(2)}, revision {r.GetInt32(3)}")))
            .ToList();
        Assert.True(wrong.Count == 0, $"{crossings.Count} crossings where {Course.Cohorts * expected.Count} were expected:\n{string.Join('\n', wrong)}");
        foreach (var id in instances)
        {
            var steps = byInstance[id].OrderBy(c => c.Step.Week).ToList();
            Assert.Equal(expected, steps.Select(s => s.Step));
            Assert.Equal(steps.Select(s => $"instance/{id}/week-elapsed/{s.Step.Week}"), steps.Select(s => s.Key));
        }
        _output.WriteLine($"journal: {cohortWeeks.Count} cohort weeks and {crossings.Count} client crossings, each once");
    }

    /// <summary>Every node still running (none gave up while the database was away).</summary>
    public void AssertNodesRunning(IEnumerable<SchedulerNode> nodes)
    {
        foreach (var node in nodes) Fail(node.HasExited, $"{node.Name} exited");
    }

    /// <summary>Fails when what is seen has not changed for <see cref="Stalled"/>: the nodes have stopped making progress.</summary>
    private void FailIfStalled((long Ended, long Lagging) seen, string state)
    {
        if (seen != _lastSeen)
        {
            _lastSeen = seen;
            _sinceProgress.Restart();
        }
        Fail(_sinceProgress.Elapsed > Stalled, $"no progress for {Stalled.TotalSeconds:F0} s: {state}");
    }

    private void Fail(bool condition, string message)
    {
        if (!condition) return;
        Assert.Fail($"{message} after {_watch.Elapsed.TotalSeconds:F0} s\n{string.Join('\n', Nodes.Select(n => n.Tail()))}");
    }

    private static List<T> Rows<T>(NpgsqlConnection db, string sql, Func<NpgsqlDataReader, T> read)
    {
        using var command = new NpgsqlCommand(sql, db);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public void Dispose()
    {
        foreach (var node in Nodes)
        {
            _output.WriteLine(node.Tail(8));
            node.Dispose();
        }
        _database.Dispose();
    }
}
