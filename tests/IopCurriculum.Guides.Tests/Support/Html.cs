using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IopCurriculum.Guides.Tests.Support;

/// <summary>Parses rendered guides the way a browser would, so tests assert on the document rather than on strings.</summary>
internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Text with runs of white space collapsed, as a reader sees it.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of each cell of a row, header cells included.</summary>
    public static string[] Cells(this IElement row) => [.. row.Children.Where(c => c.LocalName is "td" or "th").Select(Text)];
}
