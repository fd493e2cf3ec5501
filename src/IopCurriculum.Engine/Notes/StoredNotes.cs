using System.Text.Json;
using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Notes;

/// <summary>The JSON a note's sections and goals are stored as, read and written in one place (exporters read stored notes through it).</summary>
public static class StoredNotes
{
    internal static string Sections(NoteText text) => JsonSerializer.Serialize(text.ByKey);

    public static NoteText Text(ProgressNoteRecord note)
    {
        var format = NoteFormats.Find(note.Format) ?? throw EngineException.Invalid($"progress note {note.Id} is in format '{note.Format}', which is no longer shipped");
        var sections = JsonSerializer.Deserialize<Dictionary<string, string?>>(note.Sections) ?? [];
        var (text, problem) = NoteText.Of(format, sections);
        return text ?? throw EngineException.Invalid($"stored progress note {note.Id} no longer reads: {problem}");
    }

    internal static string Goals(IReadOnlyList<NoteGoal> goals) =>
        JsonSerializer.Serialize(goals.Select(g => new StoredGoal(g.Goal.ToString(), g.Statement)));

    public static IReadOnlyList<NoteGoal> Goals(ProgressNoteRecord note) =>
        [.. (JsonSerializer.Deserialize<List<StoredGoal>>(note.Goals) ?? [])
            .Select(g => new NoteGoal(GoalLink.Parse(g.Goal) ?? throw EngineException.Invalid($"stored progress note {note.Id} names goal '{g.Goal}'"), g.Statement))];

    private sealed record StoredGoal(string Goal, string Statement);
}
