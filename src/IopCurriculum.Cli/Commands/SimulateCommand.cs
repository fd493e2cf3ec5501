using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Simulation;
using IopCurriculum.Persistence;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop cohort simulate</c>: a whole course on a simulated clock, printed as its journal.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var weeks = new Option<int?>("--weeks") { Description = "How many weeks to run (default: the curriculum's)." };
        var seed = new Option<int>("--seed") { Description = "Seed for admissions, attendance and results; the same seed gives the same course.", DefaultValueFactory = _ => 1 };
        var clients = new Option<int>("--clients") { Description = "How many clients join over the first weeks.", DefaultValueFactory = _ => 12 };
        var curriculum = new Option<string>("--curriculum") { Description = "A curriculum folder.", DefaultValueFactory = _ => "curricula/matrix-16-week" };
        var workflow = new Option<string[]>("--workflow")
        {
            Description = "Workflow definition files (default: workflows/matrix-client.yaml and workflows/contingency-management.yaml).",
        };
        var calendar = new Option<string?>("--calendar") { Description = "A program calendar file (default: the curriculum's times)." };
        var zone = new Option<string>("--tz") { Description = "The simulated program's IANA time zone.", DefaultValueFactory = _ => "America/Los_Angeles" };
        var start = Options.Date("--start", "The date week 1 begins (default: 2027-01-04).", required: false);
        var all = new Option<bool>("--all") { Description = "Print every journal entry, including those that left the stage unchanged." };
        var keep = new Option<string?>("--keep-db") { Description = "Keep the simulation's database in this file instead of discarding it." };
        var command = new Command("simulate", "Run a cohort with rolling admissions through the whole course on a simulated clock, with synthetic attendance and results, and print the journal.")
        {
            weeks, seed, clients, curriculum, workflow, calendar, zone, start, all, keep,
        };
        command.SetAction(parsed =>
        {
            // A discarded simulation keeps its database and the curriculum versions it stores in one scratch folder.
            var scratch = parsed.GetValue(keep) is null ? Path.Combine(Path.GetTempPath(), $"iop-simulation-{Guid.NewGuid():N}") : null;
            var path = parsed.GetValue(keep) ?? Path.Combine(scratch!, "simulation.db");
            if (parsed.GetValue(keep) is not null && File.Exists(path)) return console.Invalid($"--keep-db {path} already exists; choose a new file");
            try
            {
                var database = IopDatabase.Sqlite(path);
                database.Migrate();
                var workflows = parsed.GetValue(workflow) is { Length: > 0 } given ? given : ["workflows/matrix-client.yaml", "workflows/contingency-management.yaml"];
                var simulation = new CohortSimulation(new SimulationOptions
                {
                    CurriculumPath = parsed.GetValue(curriculum)!,
                    WorkflowPaths = workflows,
                    CalendarPath = parsed.GetValue(calendar),
                    TimeZone = parsed.GetValue(zone)!,
                    Start = parsed.GetResult(start) is null ? new NodaTime.LocalDate(2027, 1, 4) : parsed.GetValue(start),
                    Weeks = parsed.GetValue(weeks),
                    Clients = parsed.GetValue(clients),
                    Seed = parsed.GetValue(seed),
                    ChangesOnly = !parsed.GetValue(all),
                }, database);
                var result = simulation.Run();
                JournalView.Write(result.Journal, null, console.Out);
                console.Out.WriteLine();
                CohortStatusView.Write(result.Status, console.Out);
                return ExitCodes.Ok;
            }
            catch (EngineException e)
            {
                return EngineAccess.Refused(console, e);
            }
            finally
            {
                if (scratch is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }
}
