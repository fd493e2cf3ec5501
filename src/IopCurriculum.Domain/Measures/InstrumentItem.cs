namespace IopCurriculum.Domain.Measures;

/// <summary>
/// One question of an instrument, with the answers it offers. An unscored item (BAM item 7's
/// substances) is asked and kept but counts in no score.
/// </summary>
/// <param name="Number">As the instrument numbers it: <c>9</c>, or <c>7a</c> for a part of an item.</param>
/// <param name="CriticalAbove">An answer scoring more than this needs the team's attention the same day (PHQ-9 item 9 above 0).</param>
/// <param name="Loinc">The item's LOINC code, only where a source confirms it.</param>
public sealed record InstrumentItem(
    string Number,
    string Text,
    IReadOnlyList<AnswerOption> Options,
    bool Scored = true,
    int? CriticalAbove = null,
    string? Loinc = null)
{
    /// <summary>The name of the answer list the item offers, as the instrument file calls it (<c>frequency</c>, <c>days</c>); null where it has none.</summary>
    public string? AnswerList { get; init; }

    public AnswerOption? Option(int value) => Options.FirstOrDefault(o => o.Value == value);

    public int MaxValue => Options.Max(o => o.Value);

    public int MinValue => Options.Min(o => o.Value);

    public bool IsCritical(int value) => CriticalAbove is { } above && value > above;
}
