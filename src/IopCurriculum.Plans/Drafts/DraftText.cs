namespace IopCurriculum.Plans.Drafts;

/// <summary>A draft written as plan text, with the form field each line came from, so a problem the reader finds at a line is shown at its field.</summary>
/// <param name="Fields">The field of each line that starts one, in line order.</param>
public sealed record DraftText(string Source, IReadOnlyList<DraftLine> Fields)
{
    /// <summary>The field written at <paramref name="line"/>, or the last one before it; null before the first.</summary>
    public string? FieldAt(int line)
    {
        string? field = null;
        foreach (var f in Fields)
        {
            if (f.Line > line) break;
            field = f.Field;
        }
        return field;
    }
}
