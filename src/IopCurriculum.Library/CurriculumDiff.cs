namespace IopCurriculum.Library;

/// <summary>What changed from one stored version of a curriculum to another: the changes a lead cares about, then each file's lines.</summary>
public sealed record CurriculumDiff(
    CurriculumVersion From,
    CurriculumVersion To,
    IReadOnlyList<StructuralChange> Changes,
    IReadOnlyList<FileDiff> Files);
