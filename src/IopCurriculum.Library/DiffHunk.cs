namespace IopCurriculum.Library;

/// <summary>A run of nearby changes with their context.</summary>
public sealed record DiffHunk(IReadOnlyList<DiffLine> Lines);
