using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IopCurriculum.Charts;

/// <summary>
/// One score over time as an inline SVG: the severity bands shaded and named at the right, a line
/// through the points in date order, and a marker per point that says its value when hovered. Higher
/// scores are higher on the page. The page shows the same points in a table, the chart's text alternative.
/// </summary>
public static class ScoreChart
{
    public const int Width = 640;
    public const int Height = 280;

    /// <param name="id">The chart's id on the page, unique there; its title and description are named from it.</param>
    public static string Render(ScoreChartData data, string id)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var points = data.Points.OrderBy(p => p.Date).ToList();
        using var plot = new Plot();
        Setup(plot);

        for (var i = 0; i < data.Bands.Count; i++)
        {
            var band = data.Bands[i];
            // Whole-number scores: a band of 10 to 14 is shaded from 9.5 to 14.5, so neighbours meet.
            var span = plot.Add.VerticalSpan(Math.Max(data.Min, band.Min - 0.5), Math.Min(data.Max, band.Max + 0.5), Palette.Band(i, data.Bands.Count, data.HigherIsBetter));
            span.LineStyle.Width = 0;
        }
        if (points.Count > 1)
        {
            var line = plot.Add.Scatter(points.Select(p => X(p.Date)).ToArray(), points.Select(p => p.Value).ToArray(), Color.FromHex(Palette.Line));
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }

        var (first, last) = points.Count == 0
            ? (DateOnly.FromDayNumber(0), DateOnly.FromDayNumber(28))
            : (points[0].Date, points[^1].Date);
        var pad = Math.Max(3, (last.DayNumber - first.DayNumber) / 20.0);
        if (first == last) pad = 7;
        plot.Axes.SetLimitsX(X(first) - pad, X(last) + pad);
        plot.Axes.SetLimitsY(data.Min, data.Max);
        plot.Axes.SetLimitsY(data.Min, data.Max, plot.Axes.Right);
        plot.Axes.Bottom.TickGenerator = DateTicks(points.Select(p => p.Date).Distinct().ToList());
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = data.Axis;
        if (data.Bands.Count > 0)
        {
            var names = new NumericManual();
            foreach (var band in data.Bands) names.AddMajor((Math.Max(data.Min, band.Min) + Math.Min(data.Max, band.Max)) / 2, band.Title);
            plot.Axes.Right.TickGenerator = names;
            plot.Axes.Right.MajorTickStyle.Length = 0;
        }

        var root = SvgMarkup.Parse(plot.GetSvgXml(Width, Height));
        var markers = points.Select(p =>
        {
            var pixel = plot.GetPixel(new Coordinates(X(p.Date), p.Value));
            return SvgMarkup.Point(pixel.X, pixel.Y, "chart-point", Palette.Line, p.Text,
                ("date", p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("value", SvgMarkup.Number(p.Value)));
        });
        var description = points.Count == 0
            ? "No scores yet."
            : $"{points.Count} {(points.Count == 1 ? "score" : "scores")} from {Day(first)} to {Day(last)}; the table below lists each one.";
        return SvgMarkup.Finish(root, id, data.Title, description, markers);
    }

    internal static void Setup(Plot plot)
    {
        plot.Font.Set("DejaVu Sans");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        plot.Axes.Color(Color.FromHex("#333333"));
    }

    private static double X(DateOnly date) => date.DayNumber;

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The days of the points, thinned to at most eight, as "4 Jan"; the year where it changes.</summary>
    private static NumericManual DateTicks(List<DateOnly> days)
    {
        var ticks = new NumericManual();
        if (days.Count == 0) return ticks;
        var step = (int)Math.Ceiling(days.Count / 8.0);
        int? year = null;
        for (var i = 0; i < days.Count; i += step)
        {
            var day = days[i];
            var label = day.ToString(year == day.Year ? "d MMM" : "d MMM yyyy", CultureInfo.InvariantCulture);
            year = day.Year;
            ticks.AddMajor(X(day), label);
        }
        return ticks;
    }
}
