namespace IopCurriculum.Domain.Measures;

/// <summary>One answer an item offers and the points it scores.</summary>
public sealed record AnswerOption(string Text, int Value)
{
    /// <summary>The answer's LOINC code, only where a source confirms it.</summary>
    public string? Loinc { get; init; }
}
