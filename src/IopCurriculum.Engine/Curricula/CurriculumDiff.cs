namespace IopCurriculum.Engine.Curricula;

/// <summary>What changed from one stored version of a curriculum to another: the changes a lead cares about, then each file's lines.</summary>
public sealed record CurriculumDiff(
    CurriculumVersion From,
    CurriculumVersion To,
    IReadOnlyList<StructuralChange> Changes,
    IReadOnlyList<FileDiff> Files);

/// <summary>How a file differs between the two versions.</summary>
public enum FileChange
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>One file's line differences, in hunks with a few unchanged lines of context around each change.</summary>
public sealed record FileDiff(string Path, FileChange Change, int Inserted, int Deleted, IReadOnlyList<DiffHunk> Hunks);

/// <summary>A run of nearby changes with their context.</summary>
public sealed record DiffHunk(IReadOnlyList<DiffLine> Lines);

/// <summary>Whether a line is in both versions, only the old one or only the new one.</summary>
public enum LineChange
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A line with its number in the old file and in the new one (null where it is absent).</summary>
public sealed record DiffLine(LineChange Change, int? OldNumber, int? NewNumber, string Text);
