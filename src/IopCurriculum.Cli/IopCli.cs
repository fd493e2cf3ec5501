using System.CommandLine;
using IopCurriculum.Cli.Commands;

namespace IopCurriculum.Cli;

/// <summary>The <c>iop</c> command line: parses, reports usage errors with exit code 2, and runs a command.</summary>
public static class IopCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("iop: curricula, plans and guides for intensive outpatient programs (IOPs).")
        {
            CurriculumCommands.Create(console),
            PlanCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {problem.Message}");
            error.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "iop" : result.Command.Name);
        return string.Join(' ', names);
    }
}
