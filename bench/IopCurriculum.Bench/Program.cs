using System.Globalization;
using IopCurriculum.Bench;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using YamlDotNet.RepresentationModel;

// Usage: dotnet run -c Release --project bench/IopCurriculum.Bench [-- --cohorts N --runs N]
var cohorts = Argument("--cohorts", 1000);
var runs = Argument("--runs", 11);
var root = RepoRoot();
var matrix = Path.Combine(root, "curricula", "matrix-16-week");
var calendarFile = Path.Combine(matrix, "calendars", "example-los-angeles.yaml");
var yamlFiles = Directory.GetFiles(matrix, "*.yaml", SearchOption.AllDirectories)
    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}calendars{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
    .ToArray();

var curriculum = CurriculumLoader.Load(matrix).Value;
var calendar = ProgramCalendarLoader.Load(calendarFile, curriculum).Value;
var starts = Enumerable.Range(0, cohorts).Select(i => new LocalDate(2027, 1, 4).PlusWeeks(i % 52).PlusDays(i / 52 % 5)).ToArray();
var plannedSessions = starts.Sum(s => WeekPlanner.Plan(curriculum, calendar, s, seed: 1).Sessions.Count);
var localStarts = starts.SelectMany(s => WeekPlanner.Plan(curriculum, calendar, s, seed: 1).Sessions.Select(p => p.Start.LocalDateTime)).ToArray();

var (load, loadFloor) = Measurement.Pair(
    "load + validate the Matrix curriculum", () => CurriculumLoader.Load(matrix).Value.GetHashCode(),
    "floor: YamlDotNet parses the same files", () =>
    {
        foreach (var file in yamlFiles)
        {
            using var reader = new StreamReader(file);
            new YamlStream().Load(reader);
        }
    },
    runs);
var (plan, planFloor) = Measurement.Pair(
    $"plan {cohorts:N0} cohorts x 16 weeks", () =>
    {
        foreach (var start in starts) WeekPlanner.Plan(curriculum, calendar, start, seed: 1);
    },
    "floor: map the same local times to instants", () =>
    {
        var zone = calendar.TimeZone;
        foreach (var local in localStarts) local.InZoneLeniently(zone).ToInstant();
    },
    runs);

Console.WriteLine($"IopCurriculum benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| measurement | median | allocated | throughput | ratio to floor |");
Console.WriteLine("|---|---:|---:|---:|---:|");
Row(load, $"{Per(1, load)} loads/s", Ratio(load, loadFloor));
Row(loadFloor, $"{Per(1, loadFloor)} parses/s", "1.00 (floor)");
Row(plan, $"{Per(plannedSessions, plan)} sessions/s", Ratio(plan, planFloor));
Row(planFloor, $"{Per(localStarts.Length, planFloor)} instants/s", "1.00 (floor)");
Console.WriteLine();
Console.WriteLine($"{yamlFiles.Length} curriculum files; {plannedSessions:N0} sessions planned per run of {cohorts:N0} cohorts; " +
                  $"peak working set {Environment.WorkingSet / (1024 * 1024)} MiB.");
return 0;

static void Row(Measurement m, string throughput, string ratio) =>
    Console.WriteLine($"| {m.Name} | {m.Median.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture)} ms | {Bytes(m.AllocatedBytes)} | {throughput} | {ratio} |");

static string Per(int items, Measurement m) => (items / m.Median.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

static string Ratio(Measurement m, Measurement floor) => (m.Median / floor.Median).ToString("0.00", CultureInfo.InvariantCulture);

static string Bytes(long bytes) => bytes >= 1 << 20
    ? (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
    : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB";

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "IopCurriculum.sln"))) return dir.FullName;
    throw new InvalidOperationException("run the benchmarks from inside the repository");
}
