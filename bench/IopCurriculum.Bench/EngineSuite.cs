using System.Diagnostics;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Engine.Weeks;
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
    private const string ProgramId = "bench";
    private const int ClientsPerAdvanceCohort = 100;
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly LocalDate FirstStart = new(2027, 1, 4);

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
            if (options.Advance) Advance(options, paths, counter);
            if (options.Expansion) Expansion(options, paths, counter);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private sealed record Paths(string Curriculum, string Workflow, string Scratch)
    {
        public string File(string name) => Path.Combine(Scratch, name);
    }

    private static string Micros(TimeSpan time, int per) => Report.Number(time.TotalMilliseconds * 1000 / per, "0") + " µs";

    private static SimulatedClock ClockAt(LocalDateTime local) => new(local.InZoneStrictly(Zone).ToDateTimeOffset());

    /// <summary>Replaces a database file (and its write-ahead log) with a copy of another, all connections closed.</summary>
    private static void Reset(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(to + suffix)) File.Delete(to + suffix);
            if (suffix != "-shm" && File.Exists(from + suffix)) File.Copy(from + suffix, to + suffix);
        }
    }

    private static IopEngine NewDatabase(string path, SimulatedClock clock)
    {
        var database = IopDatabase.Sqlite(path);
        database.Migrate();
        var engine = new IopEngine(database, clock);
        engine.Programs.Create(ProgramId, "Benchmark program", Zone.Id, null);
        return engine;
    }

    private static string Settings(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        return $"journal_mode={TableRows.Pragma(connection, "journal_mode")}, synchronous={TableRows.Pragma(connection, "synchronous")}, " +
               $"foreign_keys={TableRows.Pragma(connection, "foreign_keys")}";
    }

    // ---- Advance every instance one week ---------------------------------------------------------

    private static void Advance(EngineOptions options, Paths paths, SqlCounter counter)
    {
        var cohorts = (options.Instances + ClientsPerAdvanceCohort - 1) / ClientsPerAdvanceCohort;
        var basePath = paths.File("advance-base.db");
        var watch = Stopwatch.StartNew();
        var setup = NewDatabase(basePath, ClockAt(new LocalDateTime(2027, 1, 1, 12, 0)));
        var enrolled = 0;
        for (var c = 0; c < cohorts; c++)
        {
            var cohort = setup.Cohorts.Create(new CohortRequest
            {
                ProgramId = ProgramId,
                CurriculumPath = paths.Curriculum,
                WorkflowPaths = [paths.Workflow],
                Start = FirstStart,
                Id = $"a{c:D4}",
                Actor = "bench",
            });
            for (var k = 0; k < ClientsPerAdvanceCohort && enrolled < options.Instances; k++, enrolled++)
                setup.Enrolments.Enrol(new EnrolRequest
                {
                    CohortId = cohort.Id, ClientId = $"a{c:D4}-{k:D3}", GivenName = "Bench", FamilyName = "Client", Week = 1, Actor = "bench",
                });
        }
        SqliteConnection.ClearAllPools();
        var setupTime = watch.Elapsed;
        Console.Error.WriteLine($"advance set-up: {cohorts} cohorts, {enrolled:N0} clients enrolled through the engine in {setupTime.TotalSeconds:0.0} s");

        var workPath = paths.File("advance-work.db");
        var floorPath = paths.File("advance-floor.db");
        // Just after week 1's boundary (local midnight between Sunday and Monday).
        var engine = new IopEngine(IopDatabase.Sqlite(workPath), ClockAt(new LocalDateTime(2027, 1, 11, 0, 30)));
        AdvanceReport? report = null;
        List<Crossing>? writes = null;
        var counted = false;
        var (work, floor) = Measurement.Pair(
            $"engine: advance {options.Instances:N0} instances one week", () =>
            {
                Reset(basePath, workPath);
                if (!counted) counter.Start();
            },
            () => report = engine.Weeks.AdvanceDue(),
            "floor: UPDATE + INSERT per instance, raw SQLite", () =>
            {
                counter.Stop();
                counted = true;
                writes ??= CaptureCrossings(workPath);
                Reset(basePath, floorPath);
            },
            () => ReplayCrossings(floorPath, writes!),
            options.Runs, warmups: 1);

        var crossed = report!.Stays + report.Transitions.Count;
        if (crossed != options.Instances || report.CohortWeeks.Count != cohorts)
            throw new InvalidOperationException($"expected {options.Instances} crossings in {cohorts} cohorts; the engine reported {crossed} in {report.CohortWeeks.Count}");
        var commands = counter.Total;
        var byKind = string.Join(", ", counter.ByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Value:N0} {k.Key}"));
        var (workRows, floorRows) = (Written(workPath), Written(floorPath));
        if (workRows != floorRows) throw new InvalidOperationException($"the floor wrote {floorRows}, the engine {workRows}");
        var transactions = crossed + cohorts;

        Console.WriteLine();
        Console.WriteLine($"### Advance {options.Instances:N0} instances one week ({cohorts} cohorts x {ClientsPerAdvanceCohort} clients)");
        Console.WriteLine();
        Report.Header();
        Report.Row(work, $"{Report.Per(crossed, work)} transitions/s", Report.Ratio(work, floor));
        Report.Row(floor, $"{Report.Per(crossed, floor)} transitions/s", "1.00 (floor)");
        Console.WriteLine();
        Console.WriteLine($"{transactions:N0} transactions per run ({cohorts} cohort boundaries, {crossed:N0} crossings); rows written: {workRows}.");
        Console.WriteLine($"Engine per crossing: {Report.Bytes(work.AllocatedBytes / crossed)} allocated, {Report.Number(work.Median.TotalMilliseconds * 1000 / crossed, "0")} µs " +
                          $"(floor {Report.Number(floor.Median.TotalMilliseconds * 1000 / crossed, "0")} µs); " +
                          $"processor time in user mode {Micros(work.UserCpu, crossed)} (floor {Micros(floor.UserCpu, crossed)}), in the kernel {Micros(work.KernelCpu, crossed)} (floor {Micros(floor.KernelCpu, crossed)}); " +
                          $"heap retained after a run {Report.Bytes(work.RetainedBytes)}.");
        Console.WriteLine($"EF commands in one advance: {commands:N0} ({byKind}), {Report.Number((double)commands / transactions, "0.0")} per transaction.");
        Console.WriteLine($"Connection: {Settings(workPath)}; set-up (not measured): {enrolled:N0} enrolments through the engine in {setupTime.TotalSeconds:0} s.");
        if (Environment.GetEnvironmentVariable("IOP_BENCH_SQL") is "1")
            foreach (var (text, n) in counter.ByText.OrderByDescending(t => t.Value))
                Console.Error.WriteLine($"{n,6} x {text.ReplaceLineEndings(" ")}");
    }

    /// <summary>What one week-boundary transaction wrote: an instance's or cohort's new state, its journal entry and outbox rows.</summary>
    private sealed record Crossing(object?[] Journal, object?[] Row, List<object?[]> Outbox);

    private static List<Crossing> CaptureCrossings(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        var journal = TableRows.Read(connection, "journal", "trigger = 'week-elapsed'");
        var instances = TableRows.Read(connection, "instances").Rows.ToDictionary(r => (long)r[0]!);
        var cohorts = TableRows.Read(connection, "cohorts").Rows.ToDictionary(r => (string)r[0]!);
        var outbox = TableRows.Read(connection, "outbox").Rows.ToLookup(r => (long)r[1]!);
        // ReplayCrossings reads these columns by position.
        Expect(journal, "id, cohort_id, instance_id, from_stage, to_stage, trigger, occurrence_key, week, actor, at_utc, reason");
        Expect(TableRows.Read(connection, "instances", "0 = 1"), "id, enrolment_id, definition_id, stage, stage_since_week, weeks_processed, consecutive_negatives, active, updated_utc, revision");
        Expect(TableRows.Read(connection, "cohorts", "0 = 1"), "id, program_id, curriculum_id, curriculum_path, curriculum_hash, start_date, weeks, open_groups, seed, weeks_advanced, created_utc, revision");
        Expect(TableRows.Read(connection, "outbox", "0 = 1"), "id, journal_id, cohort_id, enrolment_id, action, arguments, created_utc, processed_utc");
        var (id, cohortId, instanceId) = (journal.Column("id"), journal.Column("cohort_id"), journal.Column("instance_id"));
        return [.. journal.Rows.Select(j => new Crossing(j,
            j[instanceId] is long instance ? instances[instance] : cohorts[(string)j[cohortId]!],
            [.. outbox[(long)j[id]!]]))];
    }

    private static void Expect(TableRows table, string columns)
    {
        if (string.Join(", ", table.Columns) != columns)
            throw new InvalidOperationException($"{table.Table} has columns {string.Join(", ", table.Columns)}; the floor expects {columns}");
    }

    /// <summary>
    /// The floor of an advance: the same transactions with EF's statement shapes — an optimistic
    /// <c>UPDATE … WHERE id AND revision</c>, <c>INSERT INTO journal … RETURNING id</c>, and the outbox rows.
    /// </summary>
    private static void ReplayCrossings(string path, List<Crossing> writes)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        using var instance = Prepare(connection,
            "UPDATE instances SET revision = $revision, updated_utc = $updated, weeks_processed = $week WHERE id = $id AND revision = $old RETURNING 1",
            "$revision", "$updated", "$week", "$id", "$old");
        using var cohort = Prepare(connection,
            "UPDATE cohorts SET revision = $revision, weeks_advanced = $week WHERE id = $id AND revision = $old RETURNING 1",
            "$revision", "$week", "$id", "$old");
        using var journal = Prepare(connection,
            "INSERT INTO journal (actor, at_utc, cohort_id, from_stage, instance_id, occurrence_key, reason, to_stage, trigger, week) " +
            "VALUES ($actor, $at, $cohort, $from, $instance, $key, $reason, $to, $trigger, $week) RETURNING id",
            "$actor", "$at", "$cohort", "$from", "$instance", "$key", "$reason", "$to", "$trigger", "$week");
        using var outbox = Prepare(connection,
            "INSERT INTO outbox (action, arguments, cohort_id, created_utc, enrolment_id, journal_id, processed_utc) " +
            "VALUES ($action, $arguments, $cohort, $created, $enrolment, $journal, $processed) RETURNING id",
            "$action", "$arguments", "$cohort", "$created", "$enrolment", "$journal", "$processed");
        foreach (var write in writes)
        {
            using var transaction = connection.BeginTransaction();
            var j = write.Journal;
            var row = write.Row;
            // journal: id, cohort_id, instance_id, from_stage, to_stage, trigger, occurrence_key, week, actor, at_utc, reason
            if (j[2] is null)
            {
                // cohorts: id, program_id, curriculum_id, curriculum_path, curriculum_hash, start_date, weeks, open_groups, seed, weeks_advanced, created_utc, revision
                Run(cohort, transaction, row[11], row[9], row[0], (long)row[11]! - 1);
            }
            else
            {
                // instances: id, enrolment_id, definition_id, stage, stage_since_week, weeks_processed, consecutive_negatives, active, updated_utc, revision
                Run(instance, transaction, row[9], row[8], row[5], row[0], (long)row[9]! - 1);
            }
            journal.Transaction = transaction;
            Bind(journal, j[8], j[9], j[1], j[3], j[2], j[6], j[10], j[4], j[5], j[7]);
            var journalId = journal.ExecuteScalar();
            // outbox: id, journal_id, cohort_id, enrolment_id, action, arguments, created_utc, processed_utc
            foreach (var o in write.Outbox)
            {
                outbox.Transaction = transaction;
                Bind(outbox, o[4], o[5], o[2], o[6], o[3], journalId, o[7]);
                outbox.ExecuteScalar();
            }
            transaction.Commit();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Run(SqliteCommand update, SqliteTransaction transaction, params object?[] values)
    {
        update.Transaction = transaction;
        Bind(update, values);
        if (update.ExecuteScalar() is null) throw new InvalidOperationException("the floor's update found no row at the expected revision");
    }

    /// <summary>The rows a week boundary leaves, to check the floor wrote what the engine wrote.</summary>
    private static string Written(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        return $"{TableRows.Count(connection, "journal", "trigger = 'week-elapsed'"):N0} journal, {TableRows.Count(connection, "outbox"):N0} outbox in all, " +
               $"{TableRows.Count(connection, "instances", "weeks_processed = 1"):N0} instances and {TableRows.Count(connection, "cohorts", "weeks_advanced = 1"):N0} cohorts updated";
    }

    // ---- Create cohorts and enrol clients --------------------------------------------------------

    /// <summary>Tables in the order a transaction can insert them with foreign keys on.</summary>
    private static readonly string[] InsertOrder =
        ["workflow_definitions", "cohorts", "cohort_workflows", "clients", "enrolments", "enrolment_events", "instances", "journal", "outbox", "planned_sessions"];

    private static void Expansion(EngineOptions options, Paths paths, SqlCounter counter)
    {
        var templatePath = paths.File("expansion-template.db");
        var workPath = paths.File("expansion-work.db");
        var floorPath = paths.File("expansion-floor.db");
        var clock = ClockAt(new LocalDateTime(2027, 1, 1, 12, 0));
        NewDatabase(templatePath, clock);
        SqliteConnection.ClearAllPools();
        var starts = Enumerable.Range(0, options.Cohorts).Select(i => FirstStart.PlusWeeks(i % 52).PlusDays(i / 52 % 5)).ToArray();
        var engine = new IopEngine(IopDatabase.Sqlite(workPath), clock);
        List<List<(TableRows Table, object?[] Row)>>? transactions = null;
        var counted = false;
        var (work, floor) = Measurement.Pair(
            $"engine: create {options.Cohorts:N0} cohorts, enrol {options.Clients} clients each", () =>
            {
                Reset(templatePath, workPath);
                if (!counted) counter.Start();
            },
            () =>
            {
                for (var i = 0; i < starts.Length; i++)
                {
                    var cohort = engine.Cohorts.Create(new CohortRequest
                    {
                        ProgramId = ProgramId, CurriculumPath = paths.Curriculum, WorkflowPaths = [paths.Workflow], Start = starts[i], Id = $"x{i:D4}", Actor = "bench",
                    });
                    for (var k = 0; k < options.Clients; k++)
                        engine.Enrolments.Enrol(new EnrolRequest
                        {
                            CohortId = cohort.Id, ClientId = $"x{i:D4}-{k:D3}", GivenName = "Bench", FamilyName = "Client", Week = 1, Actor = "bench",
                        });
                }
            },
            "floor: INSERT the same rows, raw SQLite", () =>
            {
                counter.Stop();
                counted = true;
                transactions ??= CaptureExpansion(workPath);
                Reset(templatePath, floorPath);
            },
            () => ReplayExpansion(floorPath, transactions!),
            options.Runs, warmups: 1);

        var (workRows, floorRows) = (Tally(workPath), Tally(floorPath));
        if (workRows != floorRows) throw new InvalidOperationException($"the floor wrote {floorRows}; the engine {workRows}");
        var captured = transactions!;
        var rows = captured.Sum(t => t.Count);
        var creates = options.Cohorts;
        var enrolments = options.Cohorts * options.Clients;
        var byKind = string.Join(", ", counter.ByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Value:N0} {k.Key}"));

        Console.WriteLine();
        Console.WriteLine($"### Plan expansion: {options.Cohorts:N0} cohorts x {options.Clients} clients");
        Console.WriteLine();
        Report.Header();
        Report.Row(work, $"{Report.Per(rows, work)} rows/s", Report.Ratio(work, floor));
        Report.Row(floor, $"{Report.Per(rows, floor)} rows/s", "1.00 (floor)");
        Console.WriteLine();
        Console.WriteLine($"{captured.Count:N0} transactions per run ({creates:N0} cohort creates, {enrolments:N0} enrolments); {rows:N0} rows: {workRows}.");
        Console.WriteLine($"Engine: {Report.Number(work.Median.TotalMilliseconds / captured.Count, "0.00")} ms per transaction " +
                          $"(floor {Report.Number(floor.Median.TotalMilliseconds / captured.Count, "0.00")} ms), processor time in user mode " +
                          $"{Micros(work.UserCpu, captured.Count)} (floor {Micros(floor.UserCpu, captured.Count)}), in the kernel {Micros(work.KernelCpu, captured.Count)} (floor {Micros(floor.KernelCpu, captured.Count)}); {Report.Bytes(work.AllocatedBytes / captured.Count)} allocated per transaction; " +
                          $"heap retained after a run {Report.Bytes(work.RetainedBytes)}.");
        Console.WriteLine($"EF commands in one run: {counter.Total:N0} ({byKind}), {Report.Number((double)counter.Total / captured.Count, "0.0")} per transaction.");
        if (Environment.GetEnvironmentVariable("IOP_BENCH_SQL") is "1")
            foreach (var (text, n) in counter.ByText.OrderByDescending(t => t.Value))
                Console.Error.WriteLine($"{n,6} x {text.ReplaceLineEndings(" ")}");
    }

    /// <summary>Every row the work wrote, grouped by the transaction that wrote it, in the order they were written.</summary>
    private static List<List<(TableRows Table, object?[] Row)>> CaptureExpansion(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        var tables = InsertOrder.ToDictionary(t => t, t => TableRows.Read(connection, t), StringComparer.Ordinal);
        // Each transaction is named by its journal entry: the cohort's creation, or each instance's enrolment (the first one stands for the enrolment).
        var journal = tables["journal"];
        var instances = tables["instances"];
        var enrolments = tables["enrolments"];
        var enrolmentOfInstance = instances.Rows.ToDictionary(r => (long)r[0]!, r => (long)r[instances.Column("enrolment_id")]!);
        var enrolmentOfClient = enrolments.Rows.ToDictionary(r => (string)r[enrolments.Column("client_id")]!, r => (long)r[0]!);
        var cohortGroups = new Dictionary<string, List<(TableRows, object?[])>>(StringComparer.Ordinal);
        var enrolmentGroups = new Dictionary<long, List<(TableRows, object?[])>>();
        var order = new Dictionary<List<(TableRows, object?[])>, long>();
        foreach (var entry in journal.Rows)
        {
            var id = (long)entry[0]!;
            if (entry[journal.Column("instance_id")] is long instance)
            {
                var enrolment = enrolmentOfInstance[instance];
                if (!enrolmentGroups.ContainsKey(enrolment)) order[enrolmentGroups[enrolment] = []] = id;
            }
            else order[cohortGroups[(string)entry[journal.Column("cohort_id")]!] = []] = id;
        }

        List<(TableRows, object?[])> Cohort(object? id) => cohortGroups[(string)id!];
        List<(TableRows, object?[])> Enrolment(object? id) => enrolmentGroups[(long)id!];
        var first = order.MinBy(o => o.Value).Key;
        foreach (var name in InsertOrder)
        {
            var table = tables[name];
            foreach (var row in table.Rows)
            {
                var group = name switch
                {
                    "workflow_definitions" => first,
                    "cohorts" => Cohort(row[0]),
                    "cohort_workflows" => Cohort(row[table.Column("cohort_id")]),
                    "clients" => Enrolment(enrolmentOfClient[(string)row[0]!]),
                    "enrolments" => Enrolment(row[0]),
                    "enrolment_events" or "outbox" => Enrolment(row[table.Column("enrolment_id")]),
                    "instances" => Enrolment(row[table.Column("enrolment_id")]),
                    "journal" => row[table.Column("instance_id")] is long instance ? Enrolment(enrolmentOfInstance[instance]) : Cohort(row[table.Column("cohort_id")]),
                    "planned_sessions" => row[table.Column("enrolment_id")] is long enrolment ? Enrolment(enrolment) : Cohort(row[table.Column("cohort_id")]),
                    _ => throw new InvalidOperationException(name),
                };
                group.Add((table, row));
            }
        }
        return [.. order.OrderBy(o => o.Value).Select(o => o.Key)];
    }

    /// <summary>The floor of plan expansion: each transaction's rows written with one prepared INSERT per table.</summary>
    private static void ReplayExpansion(string path, List<List<(TableRows Table, object?[] Row)>> transactions)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        var inserts = new Dictionary<TableRows, SqliteCommand>();
        try
        {
            foreach (var rows in transactions)
            {
                using var transaction = connection.BeginTransaction();
                foreach (var (table, row) in rows)
                {
                    if (!inserts.TryGetValue(table, out var insert)) inserts[table] = insert = table.PrepareInsert(connection);
                    insert.Transaction = transaction;
                    TableRows.Bind(insert, row);
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
        }
        finally
        {
            foreach (var insert in inserts.Values) insert.Dispose();
        }
    }

    private static string Tally(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        return string.Join(", ", InsertOrder.Select(t => $"{TableRows.Count(connection, t):N0} {t}"));
    }
}
