namespace IopCurriculum.Domain.Measures;

/// <summary>
/// A validated rating instrument (PHQ-9, GAD-7, BAM, a craving scale): its items and answers, how it
/// is scored, and where it comes from. Built only whole, by the instrument loader.
/// </summary>
/// <param name="Version">Raised whenever the file changes; a recorded measure keeps the version it was scored by.</param>
/// <param name="Period">The time the answers are about, as the instrument asks it ("Over the last 2 weeks…").</param>
/// <param name="Source">Where the items and scoring come from.</param>
/// <param name="Terms">The terms on which the items are reproduced.</param>
/// <param name="Loinc">The panel's LOINC code, only where a source confirms it.</param>
public sealed record Instrument(
    MeasureId Id,
    int Version,
    string Title,
    string Period,
    string Source,
    string Terms,
    IReadOnlyList<InstrumentItem> Items,
    IReadOnlyList<ScoreRule> Scores,
    string? Loinc = null)
{
    /// <summary>Anything a clinician should know about how far the file's content is confirmed.</summary>
    public string? Unconfirmed { get; init; }

    /// <summary>The score <c>score(ID)</c> reads.</summary>
    public ScoreRule Headline => Scores[0];

    public InstrumentItem? Item(string number) => Items.FirstOrDefault(i => i.Number == number);

    public ScoreRule? Score(string id) => Scores.FirstOrDefault(s => s.Id == id);

    /// <summary>Whether <paramref name="score"/> names this instrument's headline score or one of its others.</summary>
    public bool HasScore(string? score) => score is null || Score(score) is not null;
}
