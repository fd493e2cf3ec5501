namespace IopCurriculum.Library;

/// <summary>Whether a line is in both versions, only the old one or only the new one.</summary>
public enum LineChange
{
    Same,
    Deleted,
    Inserted,
}
