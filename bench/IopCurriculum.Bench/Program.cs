using System.Diagnostics;
using System.Globalization;
using IopCurriculum.Bench;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Curricula;
using IopCurriculum.Domain.Planning;
using NodaTime;
using YamlDotNet.RepresentationModel;

// Usage: dotnet run -c Release --project bench/IopCurriculum.Bench [-- --suite planning|engine|advance|expansion|guides|fhir|all|scaleout
//        --cohorts N --runs N --instances N --clients N --guide-cohorts N --fhir-clients N,N --fhir-cohort-size N
//        --postgres CONNECTION --nodes N,N]
// scaleout (not part of all) runs whole courses through scheduler processes: SQLite, then PostgreSQL
// (--postgres, else $IOP_TEST_POSTGRES) with each cluster size in --nodes (default 1,2,3).
// --runs defaults to 11 for planning and 3 for the engine, whose runs take seconds each.
var suite = Text("--suite", "all");
if (suite is not ("planning" or "engine" or "advance" or "expansion" or "guides" or "fhir" or "all" or "scaleout"))
{
    Console.Error.WriteLine($"--suite {suite}: choose planning, engine (advance and expansion), advance, expansion, guides, fhir, all or scaleout");
    return 2;
}
var cohorts = Argument("--cohorts", 1000);
var root = RepoRoot();

Console.WriteLine($"IopCurriculum benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
if (suite is "planning" or "all") Planning(cohorts, Argument("--runs", 11));
if (suite is "scaleout")
{
    ScaleOutSuite.Run(root, new ScaleOutOptions(
        cohorts,
        Text("--postgres", Environment.GetEnvironmentVariable("IOP_TEST_POSTGRES") ?? "") is { Length: > 0 } server ? server : null,
        [.. Text("--nodes", "1,2,3").Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))]));
}
else if (suite is not ("planning" or "guides" or "fhir"))
{
    var runs = Argument("--runs", 3);
    EngineSuite.Run(root, new EngineOptions(
        Advance: suite is "engine" or "advance" or "all",
        Expansion: suite is "engine" or "expansion" or "all",
        Instances: Argument("--instances", 10_000),
        Cohorts: cohorts,
        Clients: Argument("--clients", 12),
        Runs: runs));
}
if (suite is "guides" or "all") GuidesSuite.Run(root, Argument("--guide-cohorts", 100), Argument("--runs", 3));
if (suite is "fhir" or "all") FhirSuite.Run(root, FhirOptions.From(args));
using (var process = Process.GetCurrentProcess())
    Console.WriteLine($"Peak working set of the whole run: {process.PeakWorkingSet64 / (1024 * 1024)} MiB.");
return 0;

void Planning(int cohorts, int runs)
{
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

    Console.WriteLine();
    Console.WriteLine("## Curriculum loading and planning");
    Console.WriteLine();
    Report.Header();
    Report.Row(load, $"{Report.Per(1, load)} loads/s", Report.Ratio(load, loadFloor));
    Report.Row(loadFloor, $"{Report.Per(1, loadFloor)} parses/s", "1.00 (floor)");
    Report.Row(plan, $"{Report.Per(plannedSessions, plan)} sessions/s", Report.Ratio(plan, planFloor));
    Report.Row(planFloor, $"{Report.Per(localStarts.Length, planFloor)} instants/s", "1.00 (floor)");
    Console.WriteLine();
    Console.WriteLine($"{yamlFiles.Length} curriculum files; {plannedSessions:N0} sessions planned per run of {cohorts:N0} cohorts; " +
                      $"working set {Environment.WorkingSet / (1024 * 1024)} MiB.");
}

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}

string Text(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "IopCurriculum.sln"))) return dir.FullName;
    throw new InvalidOperationException("run the benchmarks from inside the repository");
}
