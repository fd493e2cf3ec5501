using IopCurriculum.Notes.Writing;

namespace IopCurriculum.Notes.Files;

/// <summary>A session's notes as a file gives them: the shared narrative, if any, and a draft per client.</summary>
public sealed record NotesFile(string? Narrative, IReadOnlyList<NoteDraft> Drafts);
