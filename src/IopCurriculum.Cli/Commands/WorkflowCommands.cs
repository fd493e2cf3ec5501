using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Versions;
using IopCurriculum.Workflows;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop workflow validate | diagram | migrate</c>.</summary>
internal static class WorkflowCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("workflow", "Check workflow definitions, draw them, and move running instances to a new version.")
    {
        Validate(console),
        Diagram(console),
        Migrate(console, engine),
    };

    private static Argument<string> FileArgument() => new("file") { Description = "A workflow definition file, such as workflows/matrix-client.yaml." };

    private static Command Validate(CliConsole console)
    {
        var file = FileArgument();
        var command = new Command("validate", "Check a workflow definition and list every problem with file:line:column. Exit 0 when valid, 2 when not.") { file };
        command.SetAction(parsed =>
        {
            var loaded = WorkflowLoader.Load(parsed.GetValue(file)!);
            if (!loaded.Succeeded) return console.Invalid(loaded.Diagnostics);
            var definition = loaded.Value;
            console.Out.WriteLine($"{definition.Label} is valid: {definition.Stages.Count} stages, {definition.Transitions.Count} transitions; content hash {definition.ContentHash}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diagram(CliConsole console)
    {
        var file = FileArgument();
        var command = new Command("diagram", "Print the workflow as a Mermaid state diagram.") { file };
        command.SetAction(parsed =>
        {
            var loaded = WorkflowLoader.Load(parsed.GetValue(file)!);
            if (!loaded.Succeeded) return console.Invalid(loaded.Diagnostics);
            console.Out.WriteLine(WorkflowMachine.Compile(loaded.Value).Diagram());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Migrate(CliConsole console, EngineAccess engine)
    {
        var to = Options.Required("--to", "The definition file of the version to move to.");
        var from = new Option<string?>("--from") { Description = "The version to move from, as NAME@VERSION (default: every earlier version of the workflow; name a later one to move back)." };
        var cohort = new Option<string?>("--cohort") { Description = "Only instances in this cohort." };
        var map = new Option<string[]>("--map") { Description = "OLD=NEW for a stage the new version renames or drops; repeat as needed." };
        var reason = Options.Reason();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and list the moves without changing anything." };
        var command = new Command("migrate", "Move running instances to another version of their workflow. Refuses, changing nothing, if any instance would land in a stage the new version lacks.")
        {
            to, from, cohort, map, reason, dryRun,
        };
        command.SetAction(parsed =>
        {
            var stageMap = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parsed.GetValue(map) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0 || equals == pair.Length - 1) return console.Invalid($"--map '{pair}' is not OLD=NEW, such as --map orientation=early-recovery");
                if (!stageMap.TryAdd(pair[..equals].Trim(), pair[(equals + 1)..].Trim())) return console.Invalid($"--map names '{pair[..equals]}' twice");
            }
            return engine.Run(parsed, console, e =>
            {
                var report = e.Migrations.Migrate(new MigrationRequest
                {
                    DefinitionPath = parsed.GetValue(to)!,
                    From = parsed.GetValue(from),
                    CohortId = parsed.GetValue(cohort),
                    StageMap = stageMap,
                    Reason = parsed.GetValue(reason)!,
                    DryRun = parsed.GetValue(dryRun),
                    Actor = engine.Actor(parsed),
                });
                foreach (var move in report.Moves) console.Out.WriteLine(move);
                console.Out.WriteLine(report.DryRun
                    ? $"dry run: {report.Moves.Count} instance(s) would move to {report.Target}; nothing changed"
                    : $"{report.Moves.Count} instance(s) moved to {report.Target}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
