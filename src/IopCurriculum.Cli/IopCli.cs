using System.CommandLine;
using IopCurriculum.Cli.Commands;
using IopCurriculum.Persistence;

namespace IopCurriculum.Cli;

/// <summary>The <c>iop</c> command line: parses, reports usage errors with exit code 2, and runs a command.</summary>
public static class IopCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    /// <param name="clock">The clock every command reads; tests pass a fake one.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var console = new CliConsole(output, error);
        var engine = new EngineAccess(clock);
        var root = new RootCommand("iop: curricula, plans and guides for intensive outpatient programs (IOPs).")
        {
            CurriculumCommands.Create(console),
            PlanCommand.Create(console),
            ProgramCommands.Create(console, engine),
            CohortCommands.Create(console, engine),
            ClientCommands.Create(console, engine),
            TreatmentPlanCommands.Create(console, engine),
            NoteCommands.Create(console, engine),
            CounselingNoteCommands.Create(console, engine),
            ConsentCommands.Recipients(console, engine),
            ConsentCommands.Consents(console, engine),
            ConsentCommands.BreakGlass(console, engine),
            BillingCommand.Create(console, engine),
            RecordCommands.Attendance(console, engine),
            RecordCommands.Result(console, engine),
            MeasureCommands.Create(console, engine),
            JournalCommand.Create(console, engine),
            WorkflowCommands.Create(console, engine),
            SchedulerCommand.Create(engine),
            ActionCommands.Run(console, engine),
            ActionCommands.Incidents(console, engine),
            ExportCommands.Create(console, engine),
            GuidesCommands.Create(console, engine),
            UserCommands.Create(console, engine),
        };
        root.Options.Add(engine.Database);
        root.Options.Add(engine.By);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"error: {ParseErrors.InWords(problem.Message)}");
            error.WriteLine($"Run '{CommandPath(parsed)} --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (DatabaseUnusableException e)
        {
            error.WriteLine($"error: {e.Message}");
            return e.Problem == DatabaseProblem.NewerSchema ? ExitCodes.Failure : ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong, the person at the terminal gets one sentence, not a stack trace.
            error.WriteLine($"error: iop stopped on a problem it did not expect: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, result.Command is RootCommand ? "iop" : result.Command.Name);
        return string.Join(' ', names);
    }
}
