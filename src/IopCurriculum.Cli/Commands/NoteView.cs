using System.Globalization;
using IopCurriculum.Engine.Notes;

namespace IopCurriculum.Cli.Commands;

/// <summary>Progress notes as text: the session, its narrative, and each note with its stage, sections, goals and addenda.</summary>
internal static class NoteView
{
    public static void Write(SessionNotes notes, TextWriter output)
    {
        var s = notes.Session;
        output.WriteLine($"{s.Label} {s.TrackName}, week {s.Week}, {s.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} {s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)} ({notes.TimeZone}), {s.Minutes} minutes");
        if (notes.Topic is not null) output.WriteLine($"topic: {notes.Topic}");
        foreach (var goal in notes.SessionGoals) output.WriteLine($"  session goal: {goal}");
        output.WriteLine($"format: {notes.Format.Code} ({notes.Format.Name})");
        if (notes.NarrativeNeeded) output.WriteLine($"narrative: {notes.Narrative ?? "(not written yet)"}");
        foreach (var line in notes.Lines)
        {
            output.WriteLine();
            output.WriteLine($"{line.ClientId} {line.Name}: {line.Attendance ?? "no attendance recorded"}");
            if (line.Goals.Count > 0) output.WriteLine($"  active goals: {string.Join("; ", line.Goals.Select(g => $"{g.Goal} {g.Statement}"))}");
            if (line.Note is { } note) Write(note, output, withSession: false);
            else output.WriteLine("  no note yet");
        }
    }

    public static void Write(ProgressNote note, TextWriter output, bool withSession)
    {
        if (withSession) output.WriteLine($"{note.Session} on {note.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
        output.WriteLine($"  {Stage(note)}; {(note.Minutes is { } m ? $"{m} minutes" : "minutes not given")}");
        if (withSession && note.Narrative is not null) output.WriteLine($"  narrative: {note.Narrative}");
        foreach (var (section, text) in note.Text.Sections) output.WriteLine($"  {section.Title}: {(text.Length == 0 ? "(empty)" : text)}");
        foreach (var goal in note.Goals) output.WriteLine($"  goal {goal.Goal} (plan version {note.PlanVersion}): {goal.Statement}");
        foreach (var a in note.Addenda)
            output.WriteLine($"  addendum {a.Number} by {a.Author} {a.At.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({a.Reason}): {a.Text}");
        if (withSession) output.WriteLine();
    }

    private static string Stage(ProgressNote note) => note.Stage switch
    {
        NoteStage.Draft => $"draft by {note.WrittenBy}",
        _ => $"signed by {note.SignedBy} {note.SignedAt!.Value.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}" +
            (note.LateEntry ? " (late entry)" : "") +
            (note.Stage == NoteStage.AwaitingCoSignature ? ", awaiting a supervisor's co-signature" : note.CoSignedBy is { } by ? $", co-signed by {by}" : ""),
    };
}
