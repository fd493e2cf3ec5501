using System.Buffers;
using System.Text;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// Writes a narrative <c>div</c>. Every piece of text goes through <see cref="Text"/>, so a client note
/// or a curriculum title can never break the XHTML that EHRs display.
/// </summary>
internal sealed class Xhtml
{
    /// <summary>What cannot go into XHTML text as it is: markup characters and control characters other than white space.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

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
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            _builder.Append(text);
            return this;
        }
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
