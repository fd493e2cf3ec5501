namespace IopCurriculum.Workflows;

/// <summary>
/// What a guard may read of one instrument for one client: the latest measure's scores, answers and
/// band, and the first measure's scores (the baseline) for the change since. A value that was not
/// given (a score with too many items missing, an item left blank) is absent, and every comparison
/// with it is false.
/// </summary>
/// <param name="Scores">Score id to value, the headline score first.</param>
/// <param name="Items">Item number to the points of the answer chosen.</param>
/// <param name="Severity">The headline score's band id, such as <c>moderate</c>.</param>
/// <param name="Baseline">The first measure's scores in this enrolment.</param>
public sealed record MeasureFacts(
    string Headline,
    IReadOnlyDictionary<string, int?> Scores,
    IReadOnlyDictionary<string, int> Items,
    string? Severity,
    IReadOnlyDictionary<string, int?> Baseline)
{
    /// <summary><c>score(ID)</c> or <c>score(ID, SCORE)</c>.</summary>
    public int? Score(string? score = null) => Scores.GetValueOrDefault(score ?? Headline);

    /// <summary><c>item(ID, N)</c>.</summary>
    public int? Item(string number) => Items.TryGetValue(number, out var value) ? value : null;

    /// <summary><c>change(ID)</c>: the latest score less the baseline's; 0 for the baseline itself.</summary>
    public int? Change(string? score = null) =>
        Score(score) is { } latest && Baseline.GetValueOrDefault(score ?? Headline) is { } first ? latest - first : null;
}
