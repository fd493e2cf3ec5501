using System.Reflection;
using IopCurriculum.Domain.Measures;

namespace IopCurriculum.Definitions.Measures;

/// <summary>
/// The instruments and default schedule shipped in <c>curricula/measures/</c>, built into this assembly
/// so every host has them. A file with a problem fails here, naming its file:line:column.
/// </summary>
public static class BuiltInMeasures
{
    private const string Prefix = "IopCurriculum.Measures.";
    private const string ScheduleFile = "schedule.yaml";

    private static readonly Lazy<InstrumentSet> LoadedInstruments = new(LoadInstruments);
    private static readonly Lazy<MeasureSchedule> LoadedSchedule = new(() =>
        MeasureScheduleReader.Parse(Read(ScheduleFile), SourceName(ScheduleFile), Instruments).Value);

    public static InstrumentSet Instruments => LoadedInstruments.Value;

    /// <summary>The schedule a program follows until it sets its own.</summary>
    public static MeasureSchedule DefaultSchedule => LoadedSchedule.Value;

    /// <summary>Where a shipped file lives in the repository, as its diagnostics name it.</summary>
    public static string SourceName(string file) => $"curricula/measures/{file}";

    private static InstrumentSet LoadInstruments()
    {
        var files = typeof(BuiltInMeasures).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n != Prefix + ScheduleFile)
            .Order(StringComparer.Ordinal)
            .Select(n => n[Prefix.Length..]);
        var instruments = files.Select(file => InstrumentReader.Parse(Read(file), SourceName(file)).Value).ToList();
        // The order people meet them in: the headline instruments first, as the schedule lists them.
        return new InstrumentSet(instruments.OrderBy(i => i.Id.Value switch { "PHQ9" => 0, "GAD7" => 1, "BAM" => 2, _ => 3 }).ThenBy(i => i.Id.Value, StringComparer.Ordinal));
    }

    private static string Read(string file)
    {
        using var stream = typeof(BuiltInMeasures).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"{SourceName(file)} is not built into {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
