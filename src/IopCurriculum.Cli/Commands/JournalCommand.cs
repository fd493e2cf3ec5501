using System.CommandLine;
using IopCurriculum.Engine;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop journal</c>: every processed trigger, in order.</summary>
internal static class JournalCommand
{
    public static Command Create(CliConsole console, EngineAccess engine)
    {
        var cohort = new Option<string?>("--cohort") { Description = "Only this cohort." };
        var client = new Option<string?>("--client") { Description = "Only this client." };
        var changes = new Option<bool>("--changes") { Description = "Only entries that changed a stage." };
        var last = new Option<int?>("--last") { Description = "Only the last N entries." };
        var format = OutputFormats.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("journal", "The journal: each trigger processed, with stage before and after, who, when and why.")
        {
            cohort, client, changes, last, format,
        };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var lines = e.Reports.Journal(new JournalQuery
            {
                CohortId = parsed.GetValue(cohort),
                ClientId = parsed.GetValue(client),
                ChangesOnly = parsed.GetValue(changes),
                Last = parsed.GetValue(last),
            });
            if (parsed.GetValue(format) == OutputFormat.Json) console.Out.WriteLine(EngineJson.Write(lines));
            else JournalView.Write(lines, e.Actions.OfJournal([.. lines.Select(l => l.Id)]), console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
