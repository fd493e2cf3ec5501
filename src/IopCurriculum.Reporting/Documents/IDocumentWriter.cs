namespace IopCurriculum.Reporting.Documents;

/// <summary>
/// The few shapes a report is made of. Views are written once against this and come out as terminal
/// text or Markdown.
/// </summary>
public interface IDocumentWriter
{
    void Heading(int level, string text);
    void Paragraph(string text);
    void Field(string label, string value);
    void Bullets(IEnumerable<string> items);
    void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows);
}
