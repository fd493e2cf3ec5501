namespace IopCurriculum.Charts;

/// <summary>One series of a week chart: a value for each of the chart's weeks, in the same order.</summary>
/// <param name="Color">A CSS hex colour (#1f77b4); the chart picks one when it is null.</param>
public sealed record WeekSeries(string Title, IReadOnlyList<double> Values, string? Color = null);
