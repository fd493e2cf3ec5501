using System.Globalization;
using System.Xml.Linq;

namespace IopCurriculum.Charts.Tests;

public sealed class WeekChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void StackedBarsDrawOneRectanglePerNonZeroCountAndNameTheSeries()
    {
        var data = new WeekChartData("Tests by week", "Tests", "Week", [1, 2, 3],
        [
            new WeekSeries("Negative", [1, 2, 0], "#1b7837"),
            new WeekSeries("Positive", [1, 0, 0], "#b2182b"),
            new WeekSeries("Missed", [0, 0, 1], "#5e5e5e"),
        ], WeekChartKind.StackedBars);
        var svg = XElement.Parse(WeekChart.Render(data, "tests"));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Tests by week", svg.Element(Svg + "title")?.Value);
        var fills = svg.Descendants().Where(e => e.Name.LocalName is "rect" or "path").Select(e => ((string?)e.Attribute("fill"))?.ToUpperInvariant()).ToList();
        Assert.Equal(2, fills.Count(f => f == "#1B7837") - 1);
        Assert.Equal(1, fills.Count(f => f == "#B2182B") - 1);
        var words = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Negative", words);
        Assert.Contains("Missed", words);
    }

    [Fact]
    public void ALineHasAMarkerPerWeekRisingWithItsValue()
    {
        var data = new WeekChartData("Still in treatment", "Percent", "Client week", [1, 2, 3, 4],
            [new WeekSeries("Still in treatment", [100, 100, 75, 50])], WeekChartKind.Lines, Max: 100);
        var svg = XElement.Parse(WeekChart.Render(data, "retention"));
        var points = svg.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "chart-point")
            .Select(c => (Week: (string?)c.Attribute("data-week"), Y: double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(["1", "2", "3", "4"], points.Select(p => p.Week));
        Assert.Equal(points[0].Y, points[1].Y, 3);
        Assert.True(points[1].Y < points[2].Y && points[2].Y < points[3].Y, "a smaller share is lower on the page");
    }

    [Fact]
    public void ASeriesOfTheWrongLengthIsRefused() =>
        Assert.Throws<ArgumentException>(() => WeekChart.Render(new WeekChartData("t", "n", "Week", [1, 2], [new WeekSeries("a", [1])], WeekChartKind.Lines), "x"));
}
