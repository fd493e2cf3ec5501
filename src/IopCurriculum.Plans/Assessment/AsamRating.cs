namespace IopCurriculum.Plans.Assessment;

/// <param name="Risk">0 (no risk) to 4 (severe).</param>
public sealed record AsamRating(AsamDimension Dimension, int Risk, string? Note)
{
    public const int LowestRisk = 0;
    public const int HighestRisk = 4;
}
