using IopCurriculum.Domain.Measures;
using IopCurriculum.Persistence.Records;
using NodaTime;

namespace IopCurriculum.Engine.Measures;

/// <summary>A recorded measure as views show it: the scores, the answers, and whether it was struck out.</summary>
/// <param name="Title">The instrument's title, such as "Patient Health Questionnaire-9 (PHQ-9)".</param>
/// <param name="CriticalItems">Items answered above their critical point (PHQ-9 item 9 above 0).</param>
public sealed record MeasureEntry(
    long Id,
    string Instrument,
    string Title,
    int InstrumentVersion,
    LocalDate AnsweredOn,
    IReadOnlyList<ScoreValue> Scores,
    IReadOnlyDictionary<string, int> Answers,
    IReadOnlyList<string> CriticalItems,
    string? Note,
    string Actor,
    DateTime RecordedUtc,
    DateTime? StruckUtc,
    string? StruckBy,
    string? StruckReason)
{
    public ScoreValue? Headline => Scores.Count > 0 ? Scores[0] : null;

    /// <summary>Marked as entered in error: it counts nowhere, and stays readable.</summary>
    public bool Struck => StruckUtc is not null;

    public static MeasureEntry From(MeasureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new MeasureEntry(record.Id, record.Instrument, StoredMeasures.Instrument(record)?.Title ?? record.Instrument,
            record.InstrumentVersion, LocalDate.FromDateOnly(record.AnsweredOn), StoredMeasures.Scores(record), StoredMeasures.Answers(record),
            StoredMeasures.CriticalItems(record), record.Note, record.Actor, record.RecordedUtc, record.StruckUtc, record.StruckBy, record.StruckReason);
    }

    /// <summary>The headline score in words: "12 (Moderate)", "12, prorated", or "not scored: 3 items missing".</summary>
    public string HeadlineText => Headline is not { } score ? "" : ScoreText(score);

    public static string ScoreText(ScoreValue score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Value is not { } value) return $"not scored: {score.Missing} {(score.Missing == 1 ? "item" : "items")} missing";
        var band = score.Band is { } b ? $" ({b.Title})" : "";
        var prorated = score.Prorated ? $", prorated for {score.Missing} missing {(score.Missing == 1 ? "item" : "items")}" : "";
        return $"{value}{band}{prorated}";
    }
}
