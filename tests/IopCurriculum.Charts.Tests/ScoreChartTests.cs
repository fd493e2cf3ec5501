using System.Globalization;
using System.Xml.Linq;

namespace IopCurriculum.Charts.Tests;

public sealed class ScoreChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartBand[] Phq9Bands =
    [
        new("Minimal", 0, 4), new("Mild", 5, 9), new("Moderate", 10, 14), new("Moderately severe", 15, 19), new("Severe", 20, 27),
    ];

    [Fact]
    public void EachScoreIsOneMarkerInDateOrderAndAHigherScoreIsHigherOnThePage()
    {
        // Given out of order: the chart puts them in date order.
        var points = new[]
        {
            new ChartPoint(new DateOnly(2027, 1, 18), 8, "8 (Mild)"),
            new ChartPoint(new DateOnly(2027, 1, 4), 17, "17 (Moderately severe)"),
            new ChartPoint(new DateOnly(2027, 2, 1), 3, "3 (Minimal)"),
            new ChartPoint(new DateOnly(2027, 1, 11), 21, "21 (Severe)"),
        };
        var svg = XElement.Parse(ScoreChart.Render(new ScoreChartData("PHQ-9 total score over time", "Total score", 0, 27, Phq9Bands, points), "phq9-chart"));

        var markers = Markers(svg);
        Assert.Equal(["2027-01-04", "2027-01-11", "2027-01-18", "2027-02-01"], markers.Select(m => m.Date));
        Assert.Equal([17, 21, 8, 3], markers.Select(m => m.Value));
        Assert.True(markers.Zip(markers.Skip(1)).All(p => p.First.X < p.Second.X), "later days are further right");
        // SVG's y grows down the page: the higher the score, the smaller its y.
        var byValue = markers.OrderBy(m => m.Value).ToList();
        Assert.True(byValue.Zip(byValue.Skip(1)).All(p => p.First.Y > p.Second.Y), "a higher score is drawn higher up: " + string.Join(", ", markers.Select(m => $"{m.Value}@{m.Y}")));
        Assert.Equal("21 (Severe)", markers[1].Title);
    }

    [Fact]
    public void TheChartIsAnImageWithATitleADescriptionAndTheBandsNamed()
    {
        var points = new[] { new ChartPoint(new DateOnly(2027, 1, 4), 12, "12 (Moderate)") };
        var markup = ScoreChart.Render(new ScoreChartData("PHQ-9 total score over time", "Total score", 0, 27, Phq9Bands, points), "c1");
        var svg = XElement.Parse(markup);

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("PHQ-9 total score over time", svg.Element(Svg + "title")?.Value);
        Assert.Equal("1 score from 4 January 2027 to 4 January 2027; the table below lists each one.", svg.Element(Svg + "desc")?.Value);
        Assert.Single(Markers(svg));
        var words = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Moderately severe", words);
        Assert.Contains("Total score", words);
        Assert.Contains("4 Jan 2027", words);
        // Five shaded bands, each a rectangle of its own fill.
        Assert.True(svg.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("fill")).Distinct().Count() >= 5);
        // Nothing a browser refuses to parse, and nothing that names a script.
        Assert.DoesNotContain("<?xml", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.DoesNotContain(",", (string?)t.Attribute("x") ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoChartsOnOnePageShareNoIds()
    {
        var data = new ScoreChartData("t", "Score", 0, 27, Phq9Bands, [new ChartPoint(new DateOnly(2027, 1, 4), 3, "3")]);
        var a = XElement.Parse(ScoreChart.Render(data, "a"));
        var b = XElement.Parse(ScoreChart.Render(data, "b"));
        var ids = a.DescendantsAndSelf().Concat(b.DescendantsAndSelf()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(b.Descendants().Select(e => (string?)e.Attribute("clip-path")).OfType<string>(), c => Assert.StartsWith("url(#b-", c, StringComparison.Ordinal));
    }

    [Fact]
    public void NoScoresDrawsTheBandsAndSaysSo()
    {
        var svg = XElement.Parse(ScoreChart.Render(new ScoreChartData("t", "Score", 0, 27, Phq9Bands, []), "empty"));
        Assert.Empty(Markers(svg));
        Assert.Equal("No scores yet.", svg.Element(Svg + "desc")?.Value);
    }

    internal static List<(string Date, double Value, double X, double Y, string Title)> Markers(XElement svg) =>
        [.. svg.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "chart-point").Select(c => (
            (string?)c.Attribute("data-date") ?? "",
            double.Parse((string)c.Attribute("data-value")!, CultureInfo.InvariantCulture),
            double.Parse((string)c.Attribute("cx")!, CultureInfo.InvariantCulture),
            double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture),
            c.Element(Svg + "title")?.Value ?? ""))];
}
