using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop cohort create | status | advance | simulate</c>.</summary>
internal static class CohortCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("cohort", "Create cohorts, see where they stand, end a week by hand, or simulate a whole course.")
    {
        CreateCohort(console, engine),
        List(console, engine),
        Status(console, engine),
        Advance(console, engine),
        SimulateCommand.Create(console),
    };

    private static Command CreateCohort(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program running the cohort.");
        var curriculum = Options.Required("--curriculum", "A curriculum folder or file.");
        var workflow = new Option<string[]>("--workflow")
        {
            Description = "A workflow definition file each client runs; repeat for several (e.g. the course and a contingency-management schedule).",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var start = Options.Date("--start", "The local date week 1 begins, e.g. 2027-01-04; today or later.");
        var id = new Option<string?>("--id") { Description = "The cohort id (default: PROGRAM-START)." };
        var weeks = new Option<int?>("--weeks") { Description = "How many weeks the cohort runs (default: the curriculum's)." };
        var closed = new Option<bool>("--closed") { Description = "Closed groups: run the curriculum once, no cycling blocks for late joiners." };
        var seed = new Option<int?>("--seed") { Description = "Seed for drawing testing days (default: from the start date)." };
        var command = new Command("create", "Create a cohort: registers its workflow versions and plans every group session, in one transaction.")
        {
            program, curriculum, workflow, start, id, weeks, closed, seed,
        };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var cohort = e.Cohorts.Create(new CohortRequest
            {
                ProgramId = parsed.GetValue(program)!,
                CurriculumPath = parsed.GetValue(curriculum)!,
                WorkflowPaths = parsed.GetValue(workflow) ?? [],
                Start = parsed.GetValue(start),
                Id = parsed.GetValue(id),
                Weeks = parsed.GetValue(weeks),
                OpenGroups = !parsed.GetValue(closed),
                Seed = parsed.GetValue(seed),
                Actor = engine.Actor(parsed),
            });
            console.Out.WriteLine($"cohort {cohort.Id} created: {cohort.CurriculumId} from {cohort.StartDate:yyyy-MM-dd}, {cohort.Weeks} weeks, {(cohort.OpenGroups ? "open" : "closed")} groups");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List the cohorts: program, curriculum, start, weeks ended and clients.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            Table.Write(console.Out, ["cohort", "program", "curriculum", "start", "weeks ended", "groups", "clients"],
                [.. e.Reports.Cohorts().Select(c => new[]
                {
                    c.Id, c.ProgramId, c.CurriculumId, c.Start.ToString("yyyy-MM-dd", inv),
                    string.Create(inv, $"{c.WeeksEnded} of {c.Weeks}"), c.OpenGroups ? "open" : "closed", c.Clients.ToString(inv),
                })]);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Status(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var format = OutputFormats.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("status", "Where a cohort stands: its week, and each client's stage and attendance.") { cohort, format };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var status = e.Reports.Status(parsed.GetValue(cohort)!);
            if (parsed.GetValue(format) == OutputFormat.Json) console.Out.WriteLine(EngineJson.Write(status));
            else CohortStatusView.Write(status, console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Advance(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var reason = Options.Reason();
        var week = new Option<int?>("--week") { Description = "The week to end (default: the next one); it must have begun." };
        var command = new Command("advance", "End a cohort's week by hand, with a reason. A week the scheduler already ended is left alone.") { cohort, reason, week };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var report = e.Weeks.Advance(parsed.GetValue(cohort)!, parsed.GetValue(week), engine.Actor(parsed), parsed.GetValue(reason)!);
            AdvanceReportView.Write(report, console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
