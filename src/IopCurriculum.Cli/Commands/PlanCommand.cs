using System.CommandLine;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Reporting.Planning;
using NodaTime;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop plan</c>: the dated session plan of a curriculum on a program's calendar.</summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var curriculumPath = new Option<string>("--curriculum")
        {
            Description = "A curriculum folder or file.",
            Required = true,
        };
        var start = new Option<LocalDate>("--start")
        {
            Description = "The local date week 1 begins, e.g. 2027-01-04.",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Scalars.Date(text) is { } date) return date;
                result.AddError($"'{text}' is not a valid date for --start; write it as YYYY-MM-DD, such as 2027-01-04.");
                return default;
            },
        };
        var zone = new Option<string?>("--tz")
        {
            Description = "The program's IANA time zone, e.g. America/Los_Angeles. Overrides the calendar's.",
        };
        var calendarPath = new Option<string?>("--calendar") { Description = "A program calendar file (times, rooms, closures)." };
        var seed = new Option<int?>("--seed") { Description = "Seed for drawing random testing days (default: from the start date)." };
        var weeks = new Option<int?>("--weeks")
        {
            Description = "Program weeks to plan (default: the curriculum's length). Past it, closed groups hold only tracks that continue as aftercare.",
            HelpName = "N",
        };
        var open = new Option<bool>("--open")
        {
            Description = "Open groups (rolling admission): every group keeps meeting and starts its sessions again when its block ends. "
                          + "Individual sessions are left out, since they are booked per client.",
        };
        var format = OutputFormats.Option(OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown);

        var command = new Command("plan", "Lay a curriculum out on a program calendar: every session's local date and time, UTC instant, and each week's hours.")
        {
            curriculumPath, start, zone, calendarPath, weeks, open, seed, format,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(weeks) is { } count && count < 1) return console.Invalid($"--weeks must be at least 1, not {count}");
            var curriculum = CurriculumInput.Load(parsed.GetValue(curriculumPath)!, console);
            if (curriculum is null) return ExitCodes.InvalidInput;

            DateTimeZone? zoneOverride = null;
            if (parsed.GetValue(zone) is { } zoneName)
            {
                zoneOverride = TimeZones.Find(zoneName);
                if (zoneOverride is null) return console.Invalid($"--tz: {TimeZones.UnknownMessage(zoneName)}");
            }

            ProgramCalendar calendar;
            if (parsed.GetValue(calendarPath) is { } file)
            {
                var loaded = ProgramCalendarLoader.Load(file, curriculum, zoneOverride);
                if (!loaded.Succeeded) return console.Invalid(loaded.Diagnostics);
                calendar = loaded.Value;
            }
            else if (zoneOverride is not null)
            {
                calendar = new ProgramCalendar(zoneOverride);
            }
            else
            {
                return console.Invalid("give the program's time zone with --tz (e.g. --tz America/Los_Angeles) or a --calendar file that names one");
            }

            var options = new PlanOptions
            {
                Weeks = parsed.GetValue(weeks),
                Groups = parsed.GetValue(open) ? GroupMode.Open : GroupMode.Closed,
                Seed = parsed.GetValue(seed),
            };
            var plan = WeekPlanner.Plan(curriculum, calendar, parsed.GetValue(start), options);
            if (parsed.GetValue(format) == OutputFormat.Json) console.Out.WriteLine(PlanJson.Write(plan));
            else PlanView.Write(plan, OutputFormats.Writer(parsed.GetValue(format), console.Out));
            return ExitCodes.Ok;
        });
        return command;
    }
}
