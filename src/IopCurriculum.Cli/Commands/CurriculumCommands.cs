using System.CommandLine;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Reporting.Curricula;

namespace IopCurriculum.Cli.Commands;

/// <summary><c>iop curriculum validate</c> and <c>iop curriculum show</c>.</summary>
internal static class CurriculumCommands
{
    public static Command Create(CliConsole console) => new("curriculum", "Check and read curricula.")
    {
        Validate(console),
        Show(console),
    };

    private static Argument<string> PathArgument() => new("path")
    {
        Description = "A curriculum folder (holding curriculum.yaml) or a curriculum file.",
    };

    private static Command Validate(CliConsole console)
    {
        var path = PathArgument();
        var command = new Command("validate", "Check a curriculum and list every problem with file:line:column. Exit 0 when valid, 2 when not.") { path };
        command.SetAction(parsed =>
        {
            var curriculum = CurriculumInput.Load(parsed.GetValue(path)!, console);
            if (curriculum is null) return ExitCodes.InvalidInput;
            var unverified = curriculum.Sessions.Count(s => s.Provenance == Provenance.Unverified);
            console.Out.WriteLine(
                $"{curriculum.Id} {curriculum.Version} is valid: {curriculum.Tracks.Count} tracks, " +
                $"{curriculum.Sessions.Count()} sessions, {curriculum.Handouts.Count()} handouts over {curriculum.Weeks} weeks" +
                (unverified > 0 ? $"; {unverified} session title(s) marked unverified." : "."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var path = PathArgument();
        var week = new Option<int?>("--week") { Description = "Show what each track holds in this program week." };
        var track = new Option<string?>("--track") { Description = "Show one track and its sessions, e.g. RP." };
        var session = new Option<string?>("--session") { Description = "Show one session in full, e.g. \"RP 3\"." };
        var format = OutputFormats.Option(OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown);
        var command = new Command("show", "Print a curriculum, one of its weeks, a track, or a session's full content.")
        {
            path, week, track, session, format,
        };
        command.SetAction(parsed =>
        {
            var chosen = new object?[] { parsed.GetValue(week), parsed.GetValue(track), parsed.GetValue(session) }.Count(v => v is not null);
            if (chosen > 1) return console.Invalid("give at most one of --week, --track and --session");
            var curriculum = CurriculumInput.Load(parsed.GetValue(path)!, console);
            if (curriculum is null) return ExitCodes.InvalidInput;
            var view = new CurriculumShow(curriculum, parsed.GetValue(format), console);
            return parsed.GetValue(week) is { } w ? view.Week(w)
                : parsed.GetValue(track) is { } t ? view.Track(t)
                : parsed.GetValue(session) is { } s ? view.Session(s)
                : view.Overview();
        });
        return command;
    }
}
