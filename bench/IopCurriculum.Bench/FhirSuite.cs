using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Fhir;
using IopCurriculum.Fhir.Output;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace IopCurriculum.Bench;

/// <param name="Clients">Client counts to export, e.g. 1,000 and 10,000, in cohorts of <paramref name="CohortSize"/>.</param>
internal sealed record FhirOptions(IReadOnlyList<int> Clients, int CohortSize, int Runs)
{
    /// <summary><c>--fhir-clients 1000,10000 --fhir-cohort-size 100 --runs 3</c>, each with that default.</summary>
    public static FhirOptions From(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => int.TryParse(Value(name), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
        var clients = Value("--fhir-clients")?.Split(',').Select(t => int.TryParse(t, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToList();
        return new(clients is { Count: > 0 } ? clients : [1000, 10_000], Number("--fhir-cohort-size", 100), Number("--runs", 3));
    }
}

/// <summary>
/// Bulk NDJSON export of whole courses: clients enrolled through the engine, their 16 weeks of stage
/// steps and attendance written straight to the database, then exported end to end (read, plan, build,
/// serialise, write). The floor is Firely serialising the very same resources, built beforehand, to the
/// same files; the two alternate. Peak memory of one export is sampled while it runs.
/// </summary>
internal static class FhirSuite
{
    internal const string ProgramId = "bench";
    internal static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    internal static readonly LocalDate Start = new(2027, 1, 4);

    public static void Run(string root, FhirOptions options)
    {
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"iop-bench-fhir-{Guid.NewGuid():N}")).FullName;
        try
        {
            Console.WriteLine();
            Console.WriteLine("## FHIR export");
            Console.WriteLine();
            Console.WriteLine($"Cohorts of {options.CohortSize} clients, each through the whole 16-week Matrix course; {options.Runs} measured runs after 1 warm-up; export and floor alternate.");
            var rows = new List<(int Clients, Measurement Export, Measurement Floor, int Resources, int Activities, long Bytes, long PeakHeap, long PeakLive)>();
            foreach (var clients in options.Clients)
            {
                var database = Path.Combine(scratch, $"fhir-{clients}.db");
                var watch = Stopwatch.StartNew();
                FhirSeed.Seed(root, database, clients, options.CohortSize);
                Console.Error.WriteLine($"fhir set-up: {clients:N0} clients in {watch.Elapsed.TotalSeconds:0} s");
                rows.Add(Measure(database, Path.Combine(scratch, "out"), clients, options.Runs));
                SqliteConnection.ClearAllPools();
                File.Delete(database);
            }

            Report.Header();
            foreach (var r in rows)
            {
                Report.Row(r.Export, $"{Report.Per(r.Resources, r.Export)} resources/s", Report.Ratio(r.Export, r.Floor));
                Report.Row(r.Floor, $"{Report.Per(r.Resources, r.Floor)} resources/s", "1.00 (floor)");
            }
            Console.WriteLine();
            Console.WriteLine("| clients | resources | activities per care plan | NDJSON written | peak live heap during the export | peak heap, garbage included |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            foreach (var r in rows)
                Console.WriteLine($"| {r.Clients:N0} | {r.Resources:N0} | {Report.Number((double)r.Activities / r.Clients, "0.0")} | {Report.Bytes(r.Bytes)} | {Report.Bytes(r.PeakLive)} | {Report.Bytes(r.PeakHeap)} |");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (int, Measurement, Measurement, int, int, long, long, long) Measure(string database, string output, int clients, int runs)
    {
        var db = IopDatabase.Sqlite(database);
        var clock = new SimulatedClock(new LocalDateTime(2027, 5, 3, 9, 0).InZoneStrictly(Zone).ToDateTimeOffset());
        var engine = new IopEngine(db, clock);
        var exporter = new CarePlanExporter(engine);
        var request = new CarePlanExportRequest { All = true, Format = ExportFormat.Ndjson, OutputFolder = output, Actor = "bench", Recipient = FhirSeed.Recipient };
        void Clear()
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }

        // Memory first, with nothing else alive: one export, sampled as it runs.
        Clear();
        exporter.Export(request);
        Clear();
        var (summary, peakHeap, peakLive) = Sampled(() => exporter.Export(request));
        var bytes = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
        var activities = 0;
        foreach (var line in File.ReadLines(Path.Combine(output, "CarePlan.ndjson")))
            activities += CountOf(line, "\"kind\":\"Appointment\"");

        // The floor's resources: exactly what the export writes, built once and kept.
        var prebuilt = new ExportFeed(engine.Snapshots, clock, new ExportSettings())
            .Entries(engine.Snapshots.CohortIds(null), ExportLayout.Ndjson).Select(e => e.Resource).ToList();
        var (export, floor) = Measurement.Pair(
            $"export {clients:N0} clients to NDJSON", Clear, () => exporter.Export(request),
            $"floor: Firely serialises the same {prebuilt.Count:N0} prebuilt resources to NDJSON", Clear, () => Serialise(prebuilt, output),
            runs, warmups: 1);
        var count = prebuilt.Count;
        prebuilt.Clear();
        Clear();
        if (summary.Total != count) throw new InvalidOperationException($"the export wrote {summary.Total} resources, the floor {count}");
        return (clients, export, floor, count, activities, bytes, peakHeap, peakLive);
    }

    /// <summary>
    /// Runs the work while a thread samples the managed heap: every 2 ms as it stands (garbage included,
    /// so it follows the collector's budget), and every 100 ms after a full collection (what the work
    /// really holds). Returns both peaks above where they started.
    /// </summary>
    private static (T Result, long PeakHeap, long PeakLive) Sampled<T>(Func<T> work)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peakHeap = 0, peakLive = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            for (var tick = 1; !done.Wait(2); tick++)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false) - baseline);
                if (tick % 50 == 0) peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }) { IsBackground = true };
        sampler.Start();
        var result = work();
        done.Set();
        sampler.Join();
        return (result, peakHeap, peakLive);
    }

    /// <summary>The floor: Firely writes each resource as the export's NDJSON writer does, a file per type, a line per resource.</summary>
    private static void Serialise(List<Resource> resources, string folder)
    {
        Directory.CreateDirectory(folder);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var files = new Dictionary<string, (FileStream Stream, Utf8JsonWriter Writer)>(StringComparer.Ordinal);
        try
        {
            foreach (var resource in resources)
            {
                if (!files.TryGetValue(resource.TypeName, out var file))
                {
                    var stream = new FileStream(Path.Combine(folder, $"{resource.TypeName}.ndjson"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                    files[resource.TypeName] = file = (stream, new Utf8JsonWriter(stream, options));
                }
                FhirJsonSerializer.Default.Serialize(resource, file.Writer);
                file.Writer.Flush();
                file.Stream.WriteByte((byte)'\n');
                file.Writer.Reset();
            }
        }
        finally
        {
            foreach (var (stream, writer) in files.Values)
            {
                writer.Dispose();
                stream.Flush(flushToDisk: true);
                stream.Dispose();
            }
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
