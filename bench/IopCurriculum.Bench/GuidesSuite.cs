using System.Diagnostics;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Guides;
using IopCurriculum.Guides.Pdf;
using IopCurriculum.Persistence;
using Microsoft.Data.Sqlite;
using NodaTime;
using UglyToad.PdfPig;

namespace IopCurriculum.Bench;

/// <summary>
/// Facilitator guides: every weekly packet of many cohorts read from the engine and rendered to HTML,
/// against the same components rendered with empty data; memory as the number of packets grows; and
/// one cohort's packets printed to PDF by Chromium, whose pages give the pages per packet.
/// </summary>
internal static class GuidesSuite
{
    private const int ClientsPerCohort = 12;
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly LocalDate FirstStart = new(2027, 1, 4);

    public static void Run(string root, int cohorts, int runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"iop-bench-guides-{Guid.NewGuid():N}.db");
        try
        {
            Console.WriteLine();
            Console.WriteLine("## Facilitator guides");
            Console.WriteLine();
            var engine = Build(root, path, cohorts);
            var source = new WeekPacketSource(engine);
            var ids = Enumerable.Range(0, cohorts).Select(CohortId).ToArray();
            var weeks = Enumerable.Range(1, 16).ToArray();

            var read = Stopwatch.StartNew();
            var packets = ids.SelectMany(id => weeks.Select(week => source.Read(id, week))).ToArray();
            read.Stop();
            var empty = packets.Select(p => p with { Sessions = [], DueForTesting = [] }).ToArray();
            var sections = packets.Sum(p => 1 + p.Held.Count() + (p.TestingSlots.Any() ? 1 : 0));
            var pagesPerPacket = PrintSample(packets.Take(16).ToArray(), out var pdf);

            var (render, floor) = Measurement.Pair(
                $"render {packets.Length:N0} weekly packets to HTML", () => RenderAll(packets),
                "floor: the same components, empty data", () => RenderAll(empty),
                runs);

            Console.WriteLine($"{cohorts:N0} cohorts x 16 weeks, {ClientsPerCohort} clients each (Matrix curriculum, Los Angeles calendar); " +
                              $"{runs} measured runs after 3 warm-ups; reading the packets from SQLite took {Report.Millis(read.Elapsed)} " +
                              $"({Report.Number(packets.Length / read.Elapsed.TotalSeconds)} packets/s).");
            Console.WriteLine();
            Report.Header();
            var pages = pagesPerPacket is { } perPacket ? perPacket * packets.Length : sections;
            var unit = pagesPerPacket is null ? "sheets/s (no Chromium: cover, guides and log, each at least a page)" : "pages/s";
            Report.Row(render, $"{Report.Number(pages / render.Median.TotalSeconds)} {unit}; {Report.Per(packets.Length, render)} packets/s", Report.Ratio(render, floor));
            Report.Row(floor, $"{Report.Per(empty.Length, floor)} packets/s", "1.00 (floor)");
            if (pdf is { } printed)
                Console.WriteLine($"| print 16 packets to PDF with Chromium (one cohort) | {Report.Millis(printed.Time)} | | " +
                                  $"{Report.Number(printed.Pages / printed.Time.TotalSeconds, "0.0")} pages/s; {printed.Pages} pages | |");
            Console.WriteLine();
            if (pagesPerPacket is { } mean)
                Console.WriteLine($"Pages per packet {Report.Number(mean, "0.0")} (the 16 packets of the first cohort printed to PDF and counted); " +
                                  $"retained after the last run: {Report.Bytes(render.RetainedBytes)}.");
            Console.WriteLine();
            Memory(packets);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
    }

    private static string CohortId(int i) => $"bench-{i:000}";

    private static IopEngine Build(string root, string path, int cohorts)
    {
        var database = IopDatabase.Sqlite(path);
        database.Migrate();
        var clock = new SimulatedClock(new LocalDateTime(2027, 1, 1, 9, 0).InZoneStrictly(Zone).ToDateTimeOffset());
        var engine = new IopEngine(database, clock);
        var matrix = Path.Combine(root, "curricula", "matrix-16-week");
        engine.Programs.Create("bench", "Bench IOP", null, Path.Combine(matrix, "calendars", "example-los-angeles.yaml"));
        for (var i = 0; i < cohorts; i++)
        {
            var id = CohortId(i);
            engine.Cohorts.Create(new CohortRequest
            {
                ProgramId = "bench",
                CurriculumPath = matrix,
                WorkflowPaths = [Path.Combine(root, "workflows", "matrix-client.yaml"), Path.Combine(root, "workflows", "contingency-management.yaml")],
                Start = FirstStart.PlusWeeks(i % 52),
                Id = id,
                Actor = "bench",
            });
            // Most clients start in week 1 and the rest join over the next weeks, as in an open group.
            for (var c = 0; c < ClientsPerCohort; c++)
                engine.Enrolments.Enrol(new EnrolRequest
                {
                    CohortId = id,
                    ClientId = $"B{i:000}-{c:00}",
                    GivenName = $"Client{c:00}",
                    FamilyName = $"Family{c:00}",
                    Week = c < 8 ? 1 : c - 6,
                    Actor = "bench",
                });
        }
        return engine;
    }

    private static void RenderAll(IReadOnlyList<WeekPacket> packets)
    {
        var renderer = new GuideRenderer();
        try
        {
            foreach (var packet in packets) renderer.PacketAsync(packet).GetAwaiter().GetResult();
        }
        finally
        {
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Prints the packets with Chromium and counts their pages; null without Chromium.</summary>
    private static double? PrintSample(WeekPacket[] packets, out (TimeSpan Time, int Pages)? printed)
    {
        printed = null;
        ChromiumPdf printer;
        try
        {
            printer = new ChromiumPdf(ChromiumLocator.Find());
        }
        catch (ChromiumNotFoundException missing)
        {
            Console.WriteLine($"No PDF figures: {missing.Message}");
            return null;
        }
        var folder = Directory.CreateTempSubdirectory("iop-bench-pdf-");
        try
        {
            var renderer = new GuideRenderer();
            var html = packets.Select(p => renderer.PacketAsync(p).GetAwaiter().GetResult()).ToArray();
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            var pages = 0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < html.Length; i++)
            {
                var file = Path.Combine(folder.FullName, $"{i:00}.pdf");
                printer.PrintAsync(html[i], file).GetAwaiter().GetResult();
                using var document = PdfDocument.Open(file);
                pages += document.NumberOfPages;
            }
            watch.Stop();
            printed = (watch.Elapsed, pages);
            return (double)pages / packets.Length;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Managed heap and working set after rendering more and more packets with one renderer: flat when nothing is kept.</summary>
    private static void Memory(WeekPacket[] packets)
    {
        Console.WriteLine("| packets rendered | managed heap after | working set after |");
        Console.WriteLine("|---:|---:|---:|");
        var renderer = new GuideRenderer();
        try
        {
            var done = 0;
            foreach (var target in new[] { packets.Length / 16, packets.Length / 4, packets.Length, packets.Length * 2 })
            {
                for (; done < target; done++) renderer.PacketAsync(packets[done % packets.Length]).GetAwaiter().GetResult();
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"| {done:N0} | {Report.Bytes(heap)} | {Report.Bytes(process.WorkingSet64)} |");
            }
        }
        finally
        {
            renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
