using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine.Measures;

/// <summary>Reads what guards may ask of a client's measures: per instrument, the latest and the first (the baseline).</summary>
internal static class MeasureFactsReader
{
    /// <param name="justRecorded">The measure a measure-recorded trigger is for: it stands as its instrument's latest, whatever its date.</param>
    public static IReadOnlyDictionary<string, MeasureFacts> Read(IopDbContext db, long enrolmentId, MeasureRecord? justRecorded = null)
    {
        var records = db.Measures.AsNoTracking()
            .Where(m => m.EnrolmentId == enrolmentId && m.StruckUtc == null)
            .OrderBy(m => m.AnsweredOn).ThenBy(m => m.Id)
            .ToList();
        return Of(records, justRecorded);
    }

    /// <summary>The same facts from measures already read, in the order answered.</summary>
    public static IReadOnlyDictionary<string, MeasureFacts> Of(IEnumerable<MeasureRecord> measures, MeasureRecord? justRecorded = null)
    {
        var facts = new Dictionary<string, MeasureFacts>(StringComparer.Ordinal);
        foreach (var group in measures.Where(m => m.StruckUtc is null).GroupBy(m => m.Instrument))
        {
            var first = group.First();
            var latest = justRecorded is { } recorded && recorded.Instrument == group.Key ? recorded : group.Last();
            facts[group.Key] = Facts(latest, first);
        }
        return facts;
    }

    private static MeasureFacts Facts(MeasureRecord latest, MeasureRecord first)
    {
        var scores = StoredMeasures.Scores(latest);
        return new MeasureFacts(
            scores.Count > 0 ? scores[0].Id : "",
            scores.ToDictionary(s => s.Id, s => s.Value, StringComparer.Ordinal),
            StoredMeasures.Answers(latest),
            latest.Severity,
            StoredMeasures.Scores(first).ToDictionary(s => s.Id, s => s.Value, StringComparer.Ordinal));
    }
}
