using System.CommandLine;
using IopCurriculum.Definitions.Calendars;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Domain.Guides;
using IopCurriculum.Domain.Planning;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Guides;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Guides;
using IopCurriculum.Guides.Pdf;

namespace IopCurriculum.Cli.Commands;

/// <summary>
/// <c>iop guides session</c> (a curriculum preview for leads) and <c>iop guides week</c> (a cohort's
/// printable packet). PDF needs Chromium; without it the command says how to get it and exits 1,
/// and HTML still works.
/// </summary>
internal static class GuidesCommands
{
    public static Command Create(CliConsole console, EngineAccess engine) => new("guides", "Print facilitator guides as HTML or PDF.")
    {
        Session(console),
        Week(console, engine),
    };

    private static Command Session(CliConsole console)
    {
        var curriculumPath = Options.Required("--curriculum", "A curriculum folder or file.");
        var session = Options.Required("--session", "The session, such as \"RP 3\".");
        var calendarPath = new Option<string?>("--calendar") { Description = "A program calendar whose timetable gives the start time and room (default: the curriculum's time)." };
        var (format, paper, output) = OutputOptions();
        var command = new Command("session", "One session's guide from the curriculum alone, for leads to review. It holds no client data.")
        {
            curriculumPath, session, calendarPath, format, paper, output,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var curriculum = CurriculumInput.Load(parsed.GetValue(curriculumPath)!, console);
            if (curriculum is null) return ExitCodes.InvalidInput;
            var text = parsed.GetValue(session)!;
            if (!SessionCode.TryParse(text, out var code))
                return console.Invalid($"'{text}' is not a session code; write the track code and number, such as \"RP 3\"");
            if (curriculum.FindSession(code) is not { } found)
                return console.Invalid($"no session {code} in {curriculum.Id}");
            ProgramCalendar? calendar = null;
            if (parsed.GetValue(calendarPath) is { } file)
            {
                var loaded = ProgramCalendarLoader.Load(file, curriculum);
                if (!loaded.Succeeded) return console.Invalid(loaded.Diagnostics);
                calendar = loaded.Value;
            }

            var chosen = Format(parsed.GetValue(format));
            var path = Path.Combine(parsed.GetValue(output)!, GuideFiles.Preview(curriculum, found, chosen));
            return await Write(console, chosen, path,
                renderer => renderer.PreviewAsync(curriculum, SessionPreviews.Of(curriculum, found, calendar), Paper(parsed.GetValue(paper))), cancel).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Week(CliConsole console, EngineAccess engine)
    {
        var cohort = Options.Cohort();
        var week = new Option<int?>("--week") { Description = "The cohort week (default: the coming week, the one after today's).", HelpName = "N" };
        var (format, paper, output) = OutputOptions();
        var command = new Command("week", "A cohort's packet for one week: the week's calendar, each session's guide with its roster, and the testing log.")
        {
            cohort, week, format, paper, output,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            WeekPacket? packet = null;
            var read = engine.Run(parsed, console, e =>
            {
                var source = new WeekPacketSource(e);
                var id = parsed.GetValue(cohort)!;
                packet = source.Read(id, parsed.GetValue(week) ?? source.ComingWeek(id));
                return ExitCodes.Ok;
            });
            if (read != ExitCodes.Ok || packet is null) return read;

            var chosen = Format(parsed.GetValue(format));
            var path = Path.Combine(parsed.GetValue(output)!, GuideFiles.Packet(packet, chosen));
            return await Write(console, chosen, path, renderer => renderer.PacketAsync(packet, Paper(parsed.GetValue(paper))), cancel).ConfigureAwait(false);
        });
        return command;
    }

    private static (Option<string> Format, Option<string> Paper, Option<string> Output) OutputOptions()
    {
        var format = new Option<string>("--format") { Description = "html (default) or pdf (needs Chromium).", DefaultValueFactory = _ => "html", HelpName = "html|pdf" };
        format.AcceptOnlyFromAmong("html", "pdf");
        var paper = new Option<string>("--paper") { Description = "letter (default) or a4.", DefaultValueFactory = _ => "letter", HelpName = "letter|a4" };
        paper.AcceptOnlyFromAmong("letter", "a4");
        var output = new Option<string>("--out") { Description = "The folder to write to (default: out).", DefaultValueFactory = _ => "out", HelpName = "DIR" };
        return (format, paper, output);
    }

    private static GuideFormat Format(string? word) => word == "pdf" ? GuideFormat.Pdf : GuideFormat.Html;

    private static PaperSize Paper(string? word) => word == "a4" ? PaperSize.A4 : PaperSize.Letter;

    /// <summary>Writes one document; a missing Chromium or a failed print is reported with exit code 1.</summary>
    private static async Task<int> Write(CliConsole console, GuideFormat format, string path, Func<GuideRenderer, Task<string>> render, CancellationToken cancel)
    {
        try
        {
            await GuideOutput.WriteAsync(format, path, render, cancel).ConfigureAwait(false);
            console.Out.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is ChromiumNotFoundException or PdfPrintException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
