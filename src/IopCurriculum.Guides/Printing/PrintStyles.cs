using System.Globalization;
using System.Reflection;
using System.Text;

namespace IopCurriculum.Guides.Printing;

/// <summary>
/// The stylesheet a guide carries inline: the fixed print styles, and the page rules that set the
/// paper, the running header and footer and the page numbers for this document.
/// </summary>
/// <remarks>
/// Chromium prints CSS page-margin boxes (<c>@top-left</c>, <c>@bottom-right</c>…) with
/// <c>counter(page)</c> and <c>counter(pages)</c>, so the running header and page numbers need no script.
/// Each section is a named page whose top-right box names that section, so a loose sheet still says
/// which guide it belongs to.
/// </remarks>
internal static class PrintStyles
{
    private static readonly string Fixed = ReadFixed();

    /// <param name="head">The running header, top left of every page.</param>
    /// <param name="foot">The running footer, bottom left of every page, such as a confidentiality line.</param>
    /// <param name="sections">Each named page and what its top-right box says.</param>
    public static string Css(PaperSize paper, string head, string foot, IEnumerable<PageHead> sections)
    {
        var css = new StringBuilder(Fixed.Length + 2048);
        css.Append(CultureInfo.InvariantCulture, $$"""
            @page {
              size: {{(paper == PaperSize.A4 ? "A4" : "Letter")}};
              margin: 17mm 15mm 16mm 15mm;
              @top-left { content: {{Quote(head)}}; font: 8pt "Liberation Sans", Arial, sans-serif; color: #333; vertical-align: bottom; padding-bottom: 3mm; }
              @bottom-left { content: {{Quote(foot)}}; font: 7.5pt "Liberation Sans", Arial, sans-serif; color: #333; vertical-align: top; padding-top: 3mm; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Sans", Arial, sans-serif; vertical-align: top; padding-top: 3mm; }
            }

            """);
        foreach (var section in sections)
            css.Append(CultureInfo.InvariantCulture, $$"""
                @page {{section.Page}} { @top-right { content: {{Quote(section.Text)}}; font: bold 8pt "Liberation Sans", Arial, sans-serif; vertical-align: bottom; padding-bottom: 3mm; } }

                """);
        css.Append(Fixed);
        return css.ToString();
    }

    /// <summary>
    /// A CSS string literal. Quotes, backslashes, line breaks and <c>&lt;</c> are escaped, so no text
    /// can end the string or the <c>&lt;style&gt;</c> element it sits in.
    /// </summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
                quoted.Append(CultureInfo.InvariantCulture, $"\\{(int)c:X} ");
            else
                quoted.Append(c);
        }
        return quoted.Append('"').ToString();
    }

    private static string ReadFixed()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("IopCurriculum.Guides.Styles.guide.css")
            ?? throw new InvalidOperationException("the guide stylesheet is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
