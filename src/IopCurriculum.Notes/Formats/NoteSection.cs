namespace IopCurriculum.Notes.Formats;

/// <summary>One section of a progress note: its key in the stored note, its heading, and what the writer is asked for.</summary>
public sealed record NoteSection(string Key, string Title, string Prompt);
