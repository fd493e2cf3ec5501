namespace IopCurriculum.Library;

/// <summary>One file's line differences, in hunks with a few unchanged lines of context around each change.</summary>
public sealed record FileDiff(string Path, FileChange Change, int Inserted, int Deleted, IReadOnlyList<DiffHunk> Hunks);
