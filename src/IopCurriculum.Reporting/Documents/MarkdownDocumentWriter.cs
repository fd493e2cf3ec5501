namespace IopCurriculum.Reporting.Documents;

/// <summary>GitHub-flavoured Markdown, for pasting into documents and wikis.</summary>
public sealed class MarkdownDocumentWriter(TextWriter output) : IDocumentWriter
{
    private bool _started;

    public void Heading(int level, string text)
    {
        Gap();
        output.WriteLine($"{new string('#', Math.Clamp(level, 1, 6))} {Escape(text)}");
    }

    public void Paragraph(string text)
    {
        Gap();
        output.WriteLine(Escape(text.TrimEnd()));
    }

    public void Field(string label, string value)
    {
        _started = true;
        output.WriteLine($"- **{Escape(label)}:** {Escape(value)}");
    }

    public void Bullets(IEnumerable<string> items)
    {
        Gap();
        foreach (var item in items) output.WriteLine($"- {Escape(item)}");
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Gap();
        output.WriteLine($"| {string.Join(" | ", headers.Select(Cell))} |");
        output.WriteLine($"|{string.Concat(headers.Select(_ => "---|"))}");
        foreach (var row in rows) output.WriteLine($"| {string.Join(" | ", row.Select(Cell))} |");
    }

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    // Only what would change the meaning of plain prose in Markdown.
    private static string Escape(string text) =>
        text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private void Gap()
    {
        if (_started) output.WriteLine();
        _started = true;
    }
}
