using IopCurriculum.Reporting.Documents;

namespace IopCurriculum.Web.Components.Pages.Curricula;

/// <summary>
/// Collects what a report view writes (the same views <c>iop curriculum show</c> prints) so that a page
/// can render it as HTML, escaped like any other page text.
/// </summary>
public sealed class DocumentBlocks : IDocumentWriter
{
    private readonly List<DocumentBlock> _blocks = [];

    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    public void Heading(int level, string text) => _blocks.Add(new DocumentBlock.Heading(level, text));

    public void Paragraph(string text) => _blocks.Add(new DocumentBlock.Paragraph(text));

    public void Field(string label, string value) => _blocks.Add(new DocumentBlock.Field(label, value));

    public void Bullets(IEnumerable<string> items) => _blocks.Add(new DocumentBlock.Bullets([.. items]));

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        _blocks.Add(new DocumentBlock.Table(headers, [.. rows]));
}
