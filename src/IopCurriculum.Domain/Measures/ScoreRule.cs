namespace IopCurriculum.Domain.Measures;

/// <summary>
/// How one score of an instrument is worked out: the sum of its items' points, with the missing-item
/// rule, read against its severity bands. An instrument's first score is its headline
/// (<c>score(PHQ9)</c>); others are named (<c>score(BAM, risk)</c>).
/// </summary>
/// <param name="Id">Lower-case words joined by dashes: <c>total</c>, <c>use</c>, <c>protective</c>.</param>
/// <param name="Loinc">The score's LOINC code, only where a source confirms it.</param>
/// <param name="HigherIsBetter">True for a protective score: a rise is improvement.</param>
public sealed record ScoreRule(
    string Id,
    string Title,
    IReadOnlyList<string> Items,
    MissingItems Missing,
    IReadOnlyList<SeverityBand> Bands,
    string? Loinc = null,
    bool HigherIsBetter = false)
{
    public SeverityBand? BandOf(int score) => Bands.FirstOrDefault(b => b.Contains(score));
}
