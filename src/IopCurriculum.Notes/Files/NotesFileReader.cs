using IopCurriculum.Definitions.Diagnostics;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Notes.Formats;
using IopCurriculum.Notes.Writing;

namespace IopCurriculum.Notes.Files;

/// <summary>
/// Reads a session's notes from YAML or JSON, for scripts and the command line:
/// <code>
/// narrative: What the group covered.
/// notes:
///   - client: C-1
///     minutes: 90
///     goals: ["1.1"]
///     data: …          # one key per section of the program's format
/// </code>
/// Every problem is named at its line and column.
/// </summary>
public static class NotesFileReader
{
    private static readonly string[] FileKeys = ["narrative", "notes"];
    private static readonly string[] NoteKeys = ["client", "minutes", "goals"];

    public static LoadResult<NotesFile> Parse(string text, string sourceName, NoteFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.ParseMapping(text, sourceName, "notes file", diagnostics)?.Expect("the notes file", FileKeys);
        if (map is null) return LoadResult.Failure<NotesFile>(diagnostics.Sorted());
        var narrative = map.Text("narrative");
        var keys = NoteKeys.Concat(format.Sections.Select(s => s.Key)).ToArray();
        var drafts = new List<NoteDraft>();
        foreach (var item in map.Items("notes"))
        {
            var note = map.MapItem(item, "notes")?.Expect($"a {format.Code} note", keys);
            if (note is null) continue;
            var client = note.Text("client", required: true);
            var minutes = note.WholeNumber("minutes", min: 1, max: 24 * 60);
            var goals = new List<string>();
            foreach (var (goal, at) in note.LocatedStrings("goals"))
            {
                if (GoalLink.Parse(goal) is null) diagnostics.Add(at, $"goal '{goal}': name a goal by its place in the plan, such as 1.2 for problem 1, goal 2");
                else goals.Add(goal);
            }
            var sections = format.Sections.ToDictionary(s => s.Key, s => note.Text(s.Key));
            if (client is null) continue;
            if (drafts.Any(d => d.ClientId == client))
            {
                diagnostics.Add(note.ValueLocationOf("client"), $"client {client} has a second note in the file");
                continue;
            }
            drafts.Add(new NoteDraft(client, sections, minutes, goals));
        }
        return diagnostics.Count == 0
            ? LoadResult.Success(new NotesFile(narrative, drafts))
            : LoadResult.Failure<NotesFile>(diagnostics.Sorted());
    }
}
