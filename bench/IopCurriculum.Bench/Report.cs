using System.Globalization;

namespace IopCurriculum.Bench;

/// <summary>Prints measurements as Markdown table rows.</summary>
internal static class Report
{
    public static void Header()
    {
        Console.WriteLine("| measurement | median | allocated | throughput | ratio to floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
    }

    public static void Row(Measurement m, string throughput, string ratio) =>
        Console.WriteLine($"| {m.Name} | {Millis(m.Median)} | {Bytes(m.AllocatedBytes)} | {throughput} | {ratio} |");

    public static string Millis(TimeSpan time) => time.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    public static string Per(long items, Measurement m) => (items / m.Median.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    public static string Ratio(Measurement m, Measurement floor) => (m.Median / floor.Median).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Bytes(long bytes) => Math.Abs(bytes) >= 1 << 20
        ? (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";

    public static string Number(double value, string format = "N0") => value.ToString(format, CultureInfo.InvariantCulture);
}
