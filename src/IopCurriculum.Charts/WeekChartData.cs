namespace IopCurriculum.Charts;

/// <summary>What a chart by week shows: the weeks along the bottom and one or more series of values.</summary>
/// <param name="Max">The top of the vertical axis (100 for percentages); null to fit the values.</param>
public sealed record WeekChartData(
    string Title,
    string Axis,
    string WeekAxis,
    IReadOnlyList<int> Weeks,
    IReadOnlyList<WeekSeries> Series,
    WeekChartKind Kind,
    double? Max = null);
