using IopCurriculum.Definitions.Measures;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Fhir.Measures;

/// <summary>
/// A completed instrument the export discloses: its stored answers and scores, the instrument it was
/// answered on, and the keys of the QuestionnaireResponse it becomes and of the Observations derived from
/// it. One marked entered in error is exported too, as entered in error, so a receiving EHR corrects its copy.
/// </summary>
/// <param name="Panel">The key of the panel Observation grouping the scores; null where the instrument has no panel.</param>
public sealed record RecordedMeasure(
    MeasureEntry Entry,
    Instrument Instrument,
    ResourceKey Response,
    ResourceKey? Panel,
    IReadOnlyList<(ScoreValue Score, ScoreRule? Rule, ResourceKey Key)> Scores)
{
    /// <summary>
    /// An instrument gets a panel where it has a panel LOINC code or more than one score: a single score
    /// without a panel code (the craving rating) is its own Observation.
    /// </summary>
    public static bool HasPanel(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.Loinc is not null || instrument.Scores.Count > 1;
    }

    /// <summary>The client's measures, in the order answered; a measure naming no shipped instrument is left out.</summary>
    public static IReadOnlyList<RecordedMeasure> Of(ClientSnapshot client, ClientKeys keys)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(keys);
        if (client.Measures.Count == 0) return [];
        var measures = new List<RecordedMeasure>(client.Measures.Count);
        foreach (var record in client.Measures)
        {
            if (BuiltInMeasures.Instruments.Find(record.Instrument) is not { } instrument) continue;
            var entry = MeasureEntry.From(record);
            measures.Add(new RecordedMeasure(entry, instrument, keys.QuestionnaireResponse(entry.Id),
                HasPanel(instrument) ? keys.MeasureObservation(entry.Id, null) : null,
                [.. entry.Scores.Select(s => (s, instrument.Score(s.Id), keys.MeasureObservation(entry.Id, s.Id)))]));
        }
        return measures;
    }
}
