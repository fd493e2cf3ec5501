using IopCurriculum.Domain.Curricula;
using IopCurriculum.Reporting.Curricula;

namespace IopCurriculum.Cli.Commands;

/// <summary>Prints the part of a curriculum that <c>iop curriculum show</c> asked for, in the chosen format.</summary>
internal sealed class CurriculumShow(Curriculum curriculum, OutputFormat format, CliConsole console)
{
    public int Overview() => Print(() => CurriculumJson.Write(curriculum), doc => CurriculumView.Overview(curriculum, doc));

    public int Week(int week)
    {
        if (week < 1 || week > curriculum.Weeks)
            return console.Invalid($"week {week} is outside {curriculum.Id}, which runs weeks 1-{curriculum.Weeks}");
        return Print(() => CurriculumJson.WriteWeek(curriculum, week), doc => CurriculumView.Week(curriculum, week, doc));
    }

    public int Track(string code)
    {
        var track = curriculum.Tracks.FirstOrDefault(t => string.Equals(t.Code.Value, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (track is null)
            return console.Invalid($"no track '{code}' in {curriculum.Id}; its tracks are {string.Join(", ", curriculum.Tracks.Select(t => t.Code))}");
        return Print(() => CurriculumJson.Write(track), doc => CurriculumView.Track(curriculum, track, doc));
    }

    public int Session(string code)
    {
        if (!SessionCode.TryParse(code, out var sessionCode))
            return console.Invalid($"'{code}' is not a session code; write the track code and number, such as \"RP 3\"");
        var session = curriculum.FindSession(sessionCode);
        if (session is null)
        {
            var track = curriculum.FindTrack(sessionCode.Track);
            return console.Invalid(track is null
                ? $"no track '{sessionCode.Track}' in {curriculum.Id}; its tracks are {string.Join(", ", curriculum.Tracks.Select(t => t.Code))}"
                : $"no session {sessionCode} in {curriculum.Id}; track {track.Code} has sessions 1-{track.Sessions.Count}");
        }
        return Print(() => CurriculumJson.Write(session), doc => CurriculumView.Session(curriculum, session, doc));
    }

    private int Print(Func<string> json, Action<Reporting.Documents.IDocumentWriter> document)
    {
        if (format == OutputFormat.Json) console.Out.WriteLine(json());
        else document(OutputFormats.Writer(format, console.Out));
        return ExitCodes.Ok;
    }
}
