using System.Diagnostics;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Weeks;
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
/// Advances every instance one week: the engine's week boundary against the same transactions
/// replayed on raw SQLite with EF's statement shapes.
/// </summary>
internal static class AdvanceBenchmark
{
    private const int ClientsPerAdvanceCohort = 100;

    public static void Measure(EngineOptions options, Paths paths, SqlCounter counter)
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

    private static string Settings(string path)
    {
        using var connection = new SqliteConnection(IopDatabase.Sqlite(path).ConnectionString);
        connection.Open();
        return $"journal_mode={TableRows.Pragma(connection, "journal_mode")}, synchronous={TableRows.Pragma(connection, "synchronous")}, " +
               $"foreign_keys={TableRows.Pragma(connection, "foreign_keys")}";
    }
}
