namespace IopCurriculum.Domain.Measures;

/// <summary>A named range of a score, both ends included: PHQ-9 <c>moderate</c> is 10 to 14.</summary>
/// <param name="Id">Lower-case words joined by dashes, as guards write it: <c>severity(PHQ9) == moderately-severe</c>.</param>
public sealed record SeverityBand(string Id, string Title, int Min, int Max)
{
    public bool Contains(int score) => score >= Min && score <= Max;
}
