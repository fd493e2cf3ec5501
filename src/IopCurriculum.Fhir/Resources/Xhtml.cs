using System.Text;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// Writes a narrative <c>div</c>. Every piece of text goes through <see cref="Text"/>, so a client note
/// or a curriculum title can never break the XHTML that EHRs display.
/// </summary>
internal sealed class Xhtml
{
    private readonly StringBuilder _builder = new("<div xmlns=\"http://www.w3.org/1999/xhtml\">");

    public Xhtml Open(string tag)
    {
        _builder.Append('<').Append(tag).Append('>');
        return this;
    }

    public Xhtml Close(string tag)
    {
        _builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public Xhtml Element(string tag, string text) => Open(tag).Text(text).Close(tag);

    /// <summary>A paragraph with a bold label: <c>&lt;p&gt;&lt;b&gt;Label&lt;/b&gt;: text&lt;/p&gt;</c>.</summary>
    public Xhtml Labelled(string label, string text) => Open("p").Element("b", label).Text(": ").Text(text).Close("p");

    public Xhtml Row(params string[] cells)
    {
        Open("tr");
        foreach (var cell in cells) Element("td", cell);
        return Close("tr");
    }

    public Xhtml HeaderRow(params string[] cells)
    {
        Open("tr");
        foreach (var cell in cells) Element("th", cell);
        return Close("tr");
    }

    public Xhtml Text(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': _builder.Append("&amp;"); break;
                case '<': _builder.Append("&lt;"); break;
                case '>': _builder.Append("&gt;"); break;
                // XML 1.0 has no place for other control characters; a pasted note may carry them.
                case < ' ' and not ('\n' or '\t' or '\r'): _builder.Append(' '); break;
                default: _builder.Append(c); break;
            }
        }
        return this;
    }

    public override string ToString() => _builder.ToString() + "</div>";
}
