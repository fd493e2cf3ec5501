namespace IopCurriculum.Charts;

/// <summary>One score on a day: where a marker goes, and the words a reader hovering over it is given.</summary>
/// <param name="Text">What the point says in words, such as "12 (Moderate) on 4 January 2027".</param>
public sealed record ChartPoint(DateOnly Date, double Value, string Text);
