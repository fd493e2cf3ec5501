namespace IopCurriculum.Domain.Measures;

/// <summary>What an instrument's answers add up to: every score, and the items that need attention today.</summary>
/// <param name="CriticalItems">Item numbers whose answer is above the item's critical point, in item order.</param>
public sealed record MeasureScore(IReadOnlyList<ScoreValue> Scores, IReadOnlyList<string> CriticalItems)
{
    public ScoreValue Headline => Scores[0];

    public ScoreValue? Score(string id) => Scores.FirstOrDefault(s => s.Id == id);
}
