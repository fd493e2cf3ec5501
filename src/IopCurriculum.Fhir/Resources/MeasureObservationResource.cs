using System.Globalization;
using Hl7.Fhir.Model;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Measures;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A completed instrument's scores as US Core screening-assessment Observations: category <c>survey</c>, an
/// Observation per score (its LOINC code where given, otherwise text alone; the value in UCUM <c>{score}</c>, its
/// band as interpretation, or a data-absent reason when too many items were missing to give it), and, where the
/// instrument has one, a panel Observation (the panel LOINC code or the title) whose members are the scores. Each
/// is derived from the QuestionnaireResponse, effective the day answered, and entered-in-error once the measure is struck.
/// </summary>
public static class MeasureObservationResource
{
    public static Observation Score(ExportSettings settings, CohortContext cohort, RecordedMeasure measure, int index, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var (score, rule, key) = measure.Scores[index];
        var text = MeasureEntry.ScoreText(score);
        var observation = Common(settings, cohort, measure, key, score.Id, keys, style, withId,
            MeasureCodings.Score(measure.Instrument, score, rule), $"{measure.Instrument.Title}: {score.Title}", text);
        if (score.Value is { } value)
        {
            observation.Value = new Quantity { Value = value, Unit = MeasureCodings.ScoreUnit, System = CodeSystems.Ucum, Code = MeasureCodings.ScoreUnit };
            if (score.Band is { } band)
                observation.Interpretation.Add(new CodeableConcept { Text = $"{band.Title} ({band.Min.ToString(CultureInfo.InvariantCulture)}-{band.Max.ToString(CultureInfo.InvariantCulture)})" });
            if (score.Prorated)
                observation.Note.Add(new Annotation
                {
                    Text = $"Prorated: {Count(score.Missing)} of {Count(rule?.Items.Count ?? score.Missing)} items unanswered, each counted as the mean of the answered ones.",
                });
        }
        else
        {
            // Too many items unanswered for the instrument's missing-item rule: the score is not given.
            observation.DataAbsentReason = new CodeableConcept(CodeSystems.DataAbsentReason, "unknown", "Unknown", text);
        }
        return observation;
    }

    public static Observation Panel(ExportSettings settings, CohortContext cohort, RecordedMeasure measure, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var key = measure.Panel ?? throw new ArgumentException($"{measure.Instrument.Id} has no panel", nameof(measure));
        var entry = measure.Entry;
        var observation = Common(settings, cohort, measure, key, null, keys, style, withId, MeasureCodings.Panel(measure.Instrument),
            measure.Instrument.Title, entry.HeadlineText);
        observation.HasMember = [.. measure.Scores.Select(s => new ResourceReference(s.Key.Reference(style)))];
        if (entry.CriticalItems.Count > 0)
            observation.Note.Add(new Annotation
            {
                Text = $"Needs attention the same day: item {string.Join(", ", entry.CriticalItems.Select(n => Answered(measure, n)))}.",
            });
        return observation;
    }

    /// <param name="scoreId">The score the Observation gives, or null for the panel.</param>
    private static Observation Common(ExportSettings settings, CohortContext cohort, RecordedMeasure measure, ResourceKey key, string? scoreId, ClientKeys keys,
        ReferenceStyle style, bool withId, CodeableConcept code, string name, string reading)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(keys);
        var entry = measure.Entry;
        var html = new Xhtml().Labelled(name, reading.Length > 0 ? reading : "not scored")
            .Labelled("Answered", SessionText.Day(entry.AnsweredOn))
            .Labelled("Client", keys.ClientId);
        if (MeasureText.Struck(entry, cohort.Zone) is { } struck) html.Labelled("Entered in error", struck);
        return new Observation
        {
            Id = withId ? key.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = html.Element("p", settings.Notice).ToString() },
            Identifier = [new Identifier(keys.MeasureObservationSystem, keys.MeasureObservationValue(entry.Id, scoreId))],
            Status = entry.Struck ? ObservationStatus.EnteredInError : ObservationStatus.Final,
            Category = [MeasureCodings.Survey()],
            Code = code,
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            Effective = SessionText.Date(entry.AnsweredOn),
            IssuedElement = new Instant(new DateTimeOffset(DateTime.SpecifyKind(entry.RecordedUtc, DateTimeKind.Utc))),
            DerivedFrom = [new ResourceReference(measure.Response.Reference(style))],
        };
    }

    /// <summary>"9 (Several days)".</summary>
    private static string Answered(RecordedMeasure measure, string number) =>
        measure.Entry.Answers.TryGetValue(number, out var points) && measure.Instrument.Item(number)?.Option(points) is { } option
            ? $"{number} ({option.Text})" : number;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
