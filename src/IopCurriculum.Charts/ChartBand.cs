namespace IopCurriculum.Charts;

/// <summary>A range of scores shaded behind the points and named at the side: PHQ-9 "Moderate" is 10 to 14.</summary>
public sealed record ChartBand(string Title, double Min, double Max);
