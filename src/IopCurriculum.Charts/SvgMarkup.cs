using System.Globalization;
using System.Xml.Linq;

namespace IopCurriculum.Charts;

/// <summary>
/// Turns the plotting library's SVG into markup a page can hold inline: an image with a title and a
/// description for screen readers, ids of its own (two charts on a page never share a clip path), text
/// placed by its first position only (the browser's font spaces the letters), and no XML declaration.
/// </summary>
internal static class SvgMarkup
{
    public const string FontFamily = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement Parse(string svg) => XElement.Parse(svg);

    public static string Finish(XElement root, string id, string title, string description, IEnumerable<XElement> overlay)
    {
        var width = root.Attribute("width")?.Value ?? "600";
        var height = root.Attribute("height")?.Value ?? "300";
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("id") is { } own) own.Value = $"{id}-{own.Value}";
            foreach (var attribute in element.Attributes().Where(a => a.Value.Contains("url(#", StringComparison.Ordinal)))
                attribute.Value = attribute.Value.Replace("url(#", $"url(#{id}-", StringComparison.Ordinal);
            if (element.Name.LocalName == "text") Text(element);
        }
        root.SetAttributeValue("viewBox", $"0 0 {width} {height}");
        root.SetAttributeValue("id", id);
        root.SetAttributeValue("class", "chart");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{id}-title {id}-desc");
        root.SetAttributeValue("focusable", "false");
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));
        root.Add(overlay);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A marker of our own, on top of the plot, that says its value when hovered.</summary>
    public static XElement Point(double x, double y, string cssClass, string color, string text, params (string Name, string Value)[] data)
    {
        var circle = new XElement(Svg + "circle",
            new XAttribute("class", cssClass),
            new XAttribute("cx", Number(x)),
            new XAttribute("cy", Number(y)),
            new XAttribute("r", "5"),
            new XAttribute("fill", color),
            new XAttribute("stroke", "#ffffff"),
            new XAttribute("stroke-width", "1.5"));
        foreach (var (name, value) in data) circle.Add(new XAttribute("data-" + name, value));
        circle.Add(new XElement(Svg + "title", text));
        return circle;
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // The library writes a position per letter, with a trailing separator browsers reject; one position
    // (the first) and trimmed words read the same and parse cleanly.
    private static void Text(XElement text)
    {
        foreach (var name in new[] { "x", "y" })
            if (text.Attribute(name) is { } position)
                position.Value = position.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "0";
        text.SetAttributeValue("font-family", FontFamily);
        if (!text.HasElements) text.Value = text.Value.Trim();
    }
}
