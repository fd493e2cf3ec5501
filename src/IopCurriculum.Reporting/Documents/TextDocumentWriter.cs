namespace IopCurriculum.Reporting.Documents;

/// <summary>Plain text for a terminal: underlined headings and space-aligned tables.</summary>
public sealed class TextDocumentWriter(TextWriter output) : IDocumentWriter
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
        output.WriteLine(text.TrimEnd());
    }

    public void Field(string label, string value)
    {
        _started = true;
        output.WriteLine($"{label}: {value}");
    }

    public void Bullets(IEnumerable<string> items)
    {
        Gap();
        foreach (var item in items) output.WriteLine($"  - {item}");
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

    private void Gap()
    {
        if (_started) output.WriteLine();
        _started = true;
    }
}
