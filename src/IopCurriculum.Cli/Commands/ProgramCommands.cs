using System.CommandLine;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop program create</c> and <c>iop program list</c>.</summary>
internal static class ProgramCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("program", "Treatment programs: their time zone and calendar.")
    {
        CreateProgram(console, engine),
        List(console, engine),
        PlanReviews(console, engine),
        NoteFormat(console, engine),
        CounselingReaders(console, engine),
        Mail(console, engine),
        MeasureCommands.Schedule(console, engine),
    };

    private static Command Mail(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program's id.");
        var server = new Option<string?>("--server") { Description = "The SMTP server task notices go through: host or host:port; leave out to send none.", HelpName = "HOST[:PORT]" };
        var from = new Option<string?>("--from") { Description = "The address notices come from.", HelpName = "ADDRESS" };
        var due = new Option<int?>("--task-due-hours") { Description = "Hours a task the workflow makes is given before it is due (24 unless set).", HelpName = "N" };
        var command = new Command("mail", "Send staff an e-mail notice (a link, no client details) when a task lands in their inbox.") { program, server, from, due };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var mail = e.Programs.SetMail(parsed.GetValue(program)!, parsed.GetValue(server), parsed.GetValue(from), parsed.GetValue(due));
            console.Out.WriteLine(mail is null
                ? $"program {parsed.GetValue(program)}: no task notices are mailed"
                : $"program {parsed.GetValue(program)}: task notices go through {mail.Server}:{mail.Port} from {mail.From}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateProgram(CliConsole console, EngineAccess engine)
    {
        var id = Options.Required("--id", "A short id, such as eastside: lower-case letters, digits and hyphens.");
        var name = Options.Required("--name", "The program's name as staff know it.");
        var zone = new Option<string?>("--tz") { Description = "IANA time zone, e.g. America/Los_Angeles (default: the calendar's)." };
        var calendar = new Option<string?>("--calendar") { Description = "A program calendar file: timetable, open days, closures." };
        var roster = new Option<string?>("--roster-names") { Description = "How printed rosters name clients: first-name-last-initial (default), initials or client-id." };
        var command = new Command("create", "Register a program. Its calendar and zone schedule every cohort it runs.") { id, name, zone, calendar, roster };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var program = e.Programs.Create(parsed.GetValue(id)!, parsed.GetValue(name)!, parsed.GetValue(zone), parsed.GetValue(calendar), parsed.GetValue(roster));
            console.Out.WriteLine($"program {program.Id} created: {program.Name}, {program.TimeZone}" +
                (program.CalendarName is null ? ", curriculum times" : $", calendar {program.CalendarName}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command PlanReviews(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program's id.");
        var days = new Option<int>("--days") { Description = "Days between reviews of a client's signed treatment plan (30 unless set).", Required = true };
        var command = new Command("plan-reviews", "Set how often clients' treatment plans fall due for review.") { program, days };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var (before, after) = e.Programs.SetPlanReviewDays(parsed.GetValue(program)!, parsed.GetValue(days));
            console.Out.WriteLine($"program {parsed.GetValue(program)}: plans are reviewed every {after} days (was {before})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command NoteFormat(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program's id.");
        var format = Options.Required("--format", "DAP (the default), BIRP or SOAP.");
        var command = new Command("note-format", "Choose the format of the program's progress notes; notes already written keep theirs.") { program, format };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var (before, after) = e.Programs.SetNoteFormat(parsed.GetValue(program)!, parsed.GetValue(format)!);
            console.Out.WriteLine($"program {parsed.GetValue(program)}: progress notes are written as {after} (was {before})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CounselingReaders(CliConsole console, EngineAccess engine)
    {
        var program = Options.Required("--program", "The program's id.");
        var roles = new Option<string>("--roles") { Description = "Roles, comma-separated, that may read SUD counseling notes besides their authors; empty for none.", Required = true };
        var command = new Command("counseling-readers", "Set which roles may read SUD counseling notes besides their authors.") { program, roles };
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            var set = e.Programs.SetCounselingNoteReaders(parsed.GetValue(program)!, parsed.GetValue(roles)!);
            console.Out.WriteLine($"program {parsed.GetValue(program)}: counseling notes are read by their authors{(set.Count == 0 ? " only" : $" and {string.Join(", ", set)}")}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliConsole console, EngineAccess engine)
    {
        var command = new Command("list", "List the programs.");
        command.SetAction(parsed => engine.Run(parsed, console, e =>
        {
            foreach (var program in e.Programs.List())
                console.Out.WriteLine($"{program.Id}\t{program.Name}\t{program.TimeZone}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
