using Hl7.Fhir.Model;
using IopCurriculum.Engine.Measures;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Measures;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A completed instrument as a QuestionnaireResponse: the Questionnaire edition it answers (<c>url|version</c>),
/// completed (or entered-in-error once struck, so a receiving EHR corrects its copy), the client as subject and
/// source, the day answered as authored, the staff member who recorded it as author by user name (as notes name
/// their signers), and an item per answered question with the answer chosen, coded as the Questionnaire codes it.
/// </summary>
public static class QuestionnaireResponseResource
{
    public static QuestionnaireResponse Build(ExportSettings settings, CohortContext cohort, RecordedMeasure measure, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(keys);
        var entry = measure.Entry;
        var instrument = measure.Instrument;
        var patient = keys.Patient.Reference(style);
        var response = new QuestionnaireResponse
        {
            Id = withId ? measure.Response.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Render(settings, cohort, measure, keys) },
            Identifier = new Identifier(keys.MeasureSystem, keys.MeasureValue(entry.Id)),
            Questionnaire = QuestionnaireResource.Canonical(settings, entry.Instrument, entry.InstrumentVersion),
            Status = entry.Struck ? QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError : QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = new ResourceReference(patient),
            AuthoredElement = SessionText.Date(entry.AnsweredOn),
            Author = Staff.Named(entry.Actor),
            Source = new ResourceReference(patient),
        };
        foreach (var item in instrument.Items)
        {
            if (!entry.Answers.TryGetValue(item.Number, out var points) || item.Option(points) is not { } option) continue;
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = item.Number,
                Text = item.Text,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = MeasureCodings.Answer(settings, instrument, item, option) }],
            });
        }
        return response;
    }

    /// <summary>What an EHR that shows only narratives lists: which instrument, whose, when, the scores, each answer, and whether it was struck.</summary>
    private static string Render(ExportSettings settings, CohortContext cohort, RecordedMeasure measure, ClientKeys keys)
    {
        var entry = measure.Entry;
        var html = new Xhtml()
            .Labelled("Measure", $"{measure.Instrument.Title} (version {QuestionnaireResource.Version(entry.InstrumentVersion)})")
            .Labelled("Answered", $"{SessionText.Day(entry.AnsweredOn)} ({measure.Instrument.Period})")
            .Labelled("Client", keys.ClientId)
            .Labelled("Recorded by", entry.Actor);
        foreach (var score in entry.Scores) html.Labelled(score.Title, MeasureEntry.ScoreText(score));
        if (entry.CriticalItems.Count > 0) html.Labelled("Needs attention the same day", $"item {string.Join(", ", entry.CriticalItems)}");
        if (MeasureText.Struck(entry, cohort.Zone) is { } struck) html.Labelled("Entered in error", struck);
        html.Open("table").HeaderRow("Item", "Question", "Answer (points)");
        foreach (var item in measure.Instrument.Items)
        {
            var answer = entry.Answers.TryGetValue(item.Number, out var points) && item.Option(points) is { } option
                ? $"{option.Text} ({points})" : "not answered";
            html.Row(item.Number, item.Text, answer);
        }
        return html.Close("table").Element("p", settings.Notice).ToString();
    }
}
