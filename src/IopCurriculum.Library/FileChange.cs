namespace IopCurriculum.Library;

/// <summary>How a file differs between the two versions.</summary>
public enum FileChange
{
    Unchanged,
    Added,
    Removed,
    Changed,
}
