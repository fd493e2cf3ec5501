using IopCurriculum.Engine;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using NodaTime;
using static IopCurriculum.Bench.EngineSuite;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;

namespace IopCurriculum.Bench;

/// <summary>
/// Creates cohorts and enrols clients: the engine's plan expansion against the same rows inserted
/// on raw SQLite in the same transactions.
/// </summary>
internal static class ExpansionBenchmark
{
    /// <summary>Tables in the order a transaction can insert them with foreign keys on.</summary>
    private static readonly string[] InsertOrder =
        ["workflow_definitions", "cohorts", "cohort_workflows", "clients", "enrolments", "enrolment_events", "instances", "journal", "outbox", "planned_sessions"];

    public static void Measure(EngineOptions options, Paths paths, SqlCounter counter)
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
