namespace IopCurriculum.Charts;

/// <summary>What a chart of one score over time shows: the points in any order, the bands, and the axis's range.</summary>
/// <param name="Title">Names the chart to screen readers and at its top, such as "PHQ-9 total score over time".</param>
/// <param name="Axis">The vertical axis's label, such as "Total score".</param>
/// <param name="HigherIsBetter">For a protective score: the bands run from red at the bottom to green at the top.</param>
public sealed record ScoreChartData(
    string Title,
    string Axis,
    double Min,
    double Max,
    IReadOnlyList<ChartBand> Bands,
    IReadOnlyList<ChartPoint> Points,
    bool HigherIsBetter = false);
