namespace IopCurriculum.Testing;

/// <summary>Finds where a piece of text stands in a YAML literal, 1-based, as the loader reports it.</summary>
public static class TextPosition
{
    /// <summary>Line and column of the <paramref name="occurrence"/>-th occurrence of <paramref name="needle"/>.</summary>
    public static (int Line, int Column) Of(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} time(s) in the text", nameof(needle));
        }
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>The text with exactly one occurrence of <paramref name="original"/> replaced; fails if it is absent or repeated.</summary>
    public static string Replace(string text, string original, string replacement)
    {
        var first = text.IndexOf(original, StringComparison.Ordinal);
        if (first < 0) throw new ArgumentException($"'{original}' does not occur in the text", nameof(original));
        if (text.IndexOf(original, first + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{original}' occurs more than once in the text", nameof(original));
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + original.Length));
    }
}
