namespace IopCurriculum.Library;

/// <summary>A line with its number in the old file and in the new one (null where it is absent).</summary>
public sealed record DiffLine(LineChange Change, int? OldNumber, int? NewNumber, string Text);
