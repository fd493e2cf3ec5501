using System.Text.Json;
using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Measures;

/// <summary>How a measure's answers and scores are written into its row and read back, in one place.</summary>
internal static class StoredMeasures
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string AnswersJson(MeasureAnswers answers) => JsonSerializer.Serialize(answers.Values, Json);

    public static string ScoresJson(MeasureScore score) => JsonSerializer.Serialize(score.Scores, Json);

    public static IReadOnlyDictionary<string, int> Answers(MeasureRecord record) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(record.AnswersJson, Json) ?? [];

    public static IReadOnlyList<ScoreValue> Scores(MeasureRecord record) =>
        JsonSerializer.Deserialize<List<ScoreValue>>(record.ScoresJson, Json) ?? [];

    public static IReadOnlyList<string> CriticalItems(MeasureRecord record) =>
        record.CriticalItems.Length == 0 ? [] : record.CriticalItems.Split(',');

    /// <summary>The instrument a measure names; a measure is only ever written for a shipped one.</summary>
    public static Instrument? Instrument(MeasureRecord record) => BuiltInMeasures.Instruments.Find(record.Instrument);
}
