namespace IopCurriculum.Reporting.Documents;

/// <summary>Plain text for a terminal: underlined headings and space-aligned tables.</summary>
public sealed class TextDocumentWriter(TextWriter output, int width = 100) : IDocumentWriter
{
    private bool _started;

    public void Heading(int level, string text)
    {
        Gap();
        output.WriteLine(text);
        if (level <= 2) output.WriteLine(new string(level == 1 ? '=' : '-', text.Length));
    }

    public void Paragraph(string text)
    {
        Gap();
        foreach (var line in Wrap(text.Trim(), width)) output.WriteLine(line);
    }

    public void Field(string label, string value)
    {
        _started = true;
        output.WriteLine($"{label}: {value}");
    }

    public void Bullets(IEnumerable<string> items)
    {
        Gap();
        foreach (var item in items)
        {
            var lines = Wrap(item.Trim(), width - 4);
            for (var i = 0; i < lines.Count; i++) output.WriteLine((i == 0 ? "  - " : "    ") + lines[i]);
        }
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Gap();
        var all = rows.ToList();
        var widths = headers.Select((h, i) => all.Select(r => i < r.Count ? r[i].Length : 0).Append(h.Length).Max()).ToArray();
        output.WriteLine(Row(headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in all) output.WriteLine(Row(row, widths));
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => (i < cells.Count ? cells[i] : "").PadRight(w))).TrimEnd();

    /// <summary>Breaks text at spaces so no line is longer than <paramref name="max"/> unless a word is.</summary>
    private static List<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > max)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                if (line.Length > 0) line.Append(' ');
                line.Append(word);
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    private void Gap()
    {
        if (_started) output.WriteLine();
        _started = true;
    }
}
