using System.Globalization;
using System.Text;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Notes;
using IopCurriculum.Notes.Writing;
using NodaTime;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A signed progress note as the plain text its DocumentReference carries: the format, each section under
/// its heading, the session's shared narrative as signed, minutes attended, the plan goals it speaks to, the
/// late-entry mark, who signed and co-signed and when, every addendum, and the Part 2 notice. Times are the
/// program's local time with its offset, as the other narratives give them. Lines end in <c>\n</c>.
/// </summary>
internal static class ProgressNoteText
{
    public static string Render(ExportSettings settings, CohortContext cohort, SignedNote note, ClientKeys keys)
    {
        var record = note.Note;
        var session = note.Session;
        var format = note.Text.Format;
        var text = new StringBuilder()
            .Append("Progress note (").Append(format.Code).Append(": ").Append(format.Name).Append(")\n")
            .Append("Client: ").Append(keys.ClientId).Append(" (").Append(keys.ClientSystem).Append(")\n")
            .Append("Program: ").Append(cohort.Program.Name).Append(", cohort ").Append(cohort.Cohort.Id).Append('\n')
            .Append("Session: ").Append(SessionText.Title(cohort, session)).Append(", ").Append(SessionText.LocalStart(session))
            .Append(", ").Append(Number(session.Minutes)).Append(" minutes\n")
            .Append("Minutes attended: ").Append(record.Minutes is { } minutes ? Number(minutes) : "not recorded").Append('\n');
        if (record.LateEntry)
            text.Append("Late entry: signed more than ").Append(Number((int)NoteTiming.LateAfter.TotalHours)).Append(" hours after the session ended\n");
        foreach (var (section, words) in note.Text.Sections)
            Block(text, section.Title, words);
        if (record.SessionNarrative is { Length: > 0 } narrative)
            Block(text, "Session narrative", narrative);

        text.Append('\n');
        if (note.Goals.Count == 0) text.Append("Treatment plan goals: none named\n");
        else
        {
            text.Append("Treatment plan goals");
            if (record.PlanVersion is { } version) text.Append(" (plan version ").Append(Number(version)).Append(')');
            text.Append(":\n");
            foreach (var goal in note.Goals) text.Append("- ").Append(goal.Goal.ToString()).Append(' ').Append(Line(goal.Statement)).Append('\n');
        }

        text.Append('\n').Append("Signed by ").Append(record.SignedBy).Append(" at ").Append(At(note.SignedUtc, cohort.Zone)).Append('\n');
        if (record.CoSignedBy is { } coSigner && note.CoSignedUtc is { } coSigned)
            text.Append("Co-signed by ").Append(coSigner).Append(" at ").Append(At(coSigned, cohort.Zone)).Append('\n');

        foreach (var addendum in note.Addenda)
        {
            var at = At(DateTime.SpecifyKind(addendum.CreatedUtc, DateTimeKind.Utc), cohort.Zone);
            Block(text, $"Addendum {Number(addendum.Number)} by {addendum.Author} at {at}, reason: {Line(addendum.Reason)}", addendum.Text);
        }
        return text.Append('\n').Append(settings.Notice).Append('\n').ToString();
    }

    /// <summary>A blank line, a heading and the words under it.</summary>
    private static void Block(StringBuilder text, string heading, string words) =>
        text.Append('\n').Append(heading).Append('\n').Append(words.ReplaceLineEndings("\n").TrimEnd('\n')).Append('\n');

    /// <summary>Words that belong on one line.</summary>
    private static string Line(string words) => words.ReplaceLineEndings(" ").Trim();

    private static string At(DateTime utc, DateTimeZone zone) => SessionText.At(utc, zone).Value!;

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
