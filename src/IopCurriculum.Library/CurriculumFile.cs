namespace IopCurriculum.Library;

/// <summary>One file of a stored curriculum: its path relative to the curriculum folder, with forward slashes, and its text.</summary>
public sealed record CurriculumFile(string Path, string Text);
