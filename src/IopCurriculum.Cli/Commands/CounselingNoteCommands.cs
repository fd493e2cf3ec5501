using System.CommandLine;
using System.Globalization;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop counseling-note write | show</c>: SUD counseling notes, kept apart from the record.</summary>
internal static class CounselingNoteCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) =>
        new("counseling-note", "SUD counseling notes (42 CFR Part 2): kept apart from the record, read only by their author and the roles the program allows, never exported.")
        {
            Write(console, engine),
            Show(console, engine),
        };

    private static Command Write(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var text = Options.Required("--text", "The note.");
        var session = new Option<long?>("--session-id") { Description = "The session it is about, if any." };
        var command = new Command("write", "Write a counseling note (--by, its author); it is locked once written.") { cohort, client, text, session };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var id = e.CounselingNotes.Write(parsed.GetValue(cohort)!, parsed.GetValue(client)!, parsed.GetValue(session), parsed.GetValue(text)!, engine.Actor(parsed));
            console.Out.WriteLine($"counseling note {id} written for {parsed.GetValue(client)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var client = Options.Client();
        var command = new Command("show", "Print the client's counseling notes the reader (--by) may read.") { cohort, client };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var notes = e.CounselingNotes.Read(parsed.GetValue(cohort)!, parsed.GetValue(client)!, engine.Actor(parsed));
            if (notes.Count == 0) console.Out.WriteLine($"no counseling notes of {parsed.GetValue(client)} that {engine.Actor(parsed)} may read");
            foreach (var n in notes)
                console.Out.WriteLine($"{n.At.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)} {n.Author}{(n.Session is null ? "" : $" ({n.Session})")}: {n.Text}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
