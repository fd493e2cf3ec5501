using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IopCurriculum.Charts;

/// <summary>Values by week as an inline SVG: stacked bars (tests by outcome) or lines (a share of clients), with a legend in words.</summary>
public static class WeekChart
{
    public const int Width = 640;
    public const int Height = 260;

    public static string Render(WeekChartData data, string id)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (data.Series.Any(s => s.Values.Count != data.Weeks.Count))
            throw new ArgumentException("every series needs one value per week", nameof(data));
        using var plot = new Plot();
        ScoreChart.Setup(plot);
        var colors = data.Series.Select((s, i) => s.Color ?? Palette.Series[i % Palette.Series.Length]).ToList();
        var overlay = new List<System.Xml.Linq.XElement>();

        if (data.Kind == WeekChartKind.StackedBars)
        {
            for (var w = 0; w < data.Weeks.Count; w++)
            {
                double bottom = 0;
                for (var s = 0; s < data.Series.Count; s++)
                {
                    var value = data.Series[s].Values[w];
                    if (value <= 0) continue;
                    var bar = plot.Add.Bar(new Bar { Position = data.Weeks[w], ValueBase = bottom, Value = bottom + value, FillColor = Color.FromHex(colors[s]), Size = 0.7 });
                    bar.LegendText = "";
                    bottom += value;
                }
            }
        }
        else
        {
            for (var s = 0; s < data.Series.Count; s++)
            {
                var xs = data.Weeks.Select(w => (double)w).ToArray();
                var line = plot.Add.Scatter(xs, [.. data.Series[s].Values], Color.FromHex(colors[s]));
                line.MarkerSize = 0;
                line.LineWidth = 2;
            }
        }
        // The legend in words, one entry per series, whatever was drawn.
        for (var s = 0; s < data.Series.Count; s++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Series[s].Title, FillColor = Color.FromHex(colors[s]), LineColor = Color.FromHex(colors[s]) });
        if (data.Series.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperRight);
            plot.Legend.FontName = "DejaVu Sans";
        }

        var top = data.Max ?? Math.Max(1, data.Weeks.Select((_, w) => data.Kind == WeekChartKind.StackedBars
            ? data.Series.Sum(s => Math.Max(0, s.Values[w]))
            : data.Series.Select(s => s.Values[w]).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max() * 1.25);
        var firstWeek = data.Weeks.Count == 0 ? 1 : data.Weeks.Min();
        var lastWeek = data.Weeks.Count == 0 ? 1 : data.Weeks.Max();
        plot.Axes.SetLimitsX(firstWeek - 0.6, lastWeek + 0.6);
        plot.Axes.SetLimitsY(0, top);
        var weekTicks = new NumericManual();
        var step = (int)Math.Ceiling(Math.Max(1, lastWeek - firstWeek + 1) / 16.0);
        for (var w = firstWeek; w <= lastWeek; w += step) weekTicks.AddMajor(w, w.ToString(CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = weekTicks;
        plot.Axes.Bottom.Label.Text = data.WeekAxis;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = data.Axis;

        var root = SvgMarkup.Parse(plot.GetSvgXml(Width, Height));
        if (data.Kind == WeekChartKind.Lines)
        {
            for (var s = 0; s < data.Series.Count; s++)
                for (var w = 0; w < data.Weeks.Count; w++)
                {
                    var value = data.Series[s].Values[w];
                    var pixel = plot.GetPixel(new Coordinates(data.Weeks[w], value));
                    overlay.Add(SvgMarkup.Point(pixel.X, pixel.Y, "chart-point", colors[s],
                        $"{data.Series[s].Title}, {data.WeekAxis.ToLowerInvariant()} {data.Weeks[w]}: {SvgMarkup.Number(value)}",
                        ("week", data.Weeks[w].ToString(CultureInfo.InvariantCulture)), ("value", SvgMarkup.Number(value))));
                }
        }
        var description = data.Weeks.Count == 0
            ? "No weeks to show yet."
            : $"{string.Join(", ", data.Series.Select(s => s.Title))} for weeks {firstWeek} to {lastWeek}; the table beside it lists each value.";
        return SvgMarkup.Finish(root, id, data.Title, description, overlay);
    }
}
