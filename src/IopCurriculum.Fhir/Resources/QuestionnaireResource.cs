using System.Globalization;
using Hl7.Fhir.Model;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Fhir.Identity;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// An instrument (PHQ-9, GAD-7, BAM, craving) as a Questionnaire: at <c>urn:iop:Questionnaire:{id}</c> with the
/// instrument file's version, active, the panel LOINC code where given, the terms and source as copyright, and a
/// choice item per question (linkId the item number, its LOINC code where given) whose answers carry their points
/// as ordinal values. A definition: it holds no client data and carries no Part 2 labels.
/// </summary>
public static class QuestionnaireResource
{
    public static ResourceKey Key(ExportSettings settings, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(instrument);
        return ResourceKey.ByCanonical("Questionnaire", settings.Naming.Questionnaire(instrument.Id.Value), Version(instrument.Version));
    }

    /// <summary>The versioned canonical a QuestionnaireResponse answering this edition names.</summary>
    public static string Canonical(ExportSettings settings, string instrumentId, int version)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"{settings.Naming.Questionnaire(instrumentId)}|{Version(version)}";
    }

    public static string Version(int version) => version.ToString(CultureInfo.InvariantCulture);

    public static Questionnaire Build(ExportSettings settings, Instrument instrument, bool withId)
    {
        var key = Key(settings, instrument);
        var questionnaire = new Questionnaire
        {
            Id = withId ? key.Id : null,
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = Render(instrument) },
            Url = settings.Naming.Questionnaire(instrument.Id.Value),
            Version = Version(instrument.Version),
            Name = instrument.Id.Value,
            Title = instrument.Title,
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Description = instrument.Period,
            Copyright = $"{instrument.Terms} Source: {instrument.Source}",
            Code = MeasureCodings.Panel(instrument).Coding,
        };
        foreach (var item in instrument.Items)
        {
            var question = new Questionnaire.ItemComponent
            {
                LinkId = item.Number,
                Prefix = item.Number,
                Text = item.Text,
                Type = Questionnaire.QuestionnaireItemType.Choice,
                Code = item.Loinc is { } code ? [new Coding(Vocabulary.CodeSystems.Loinc, code)] : [],
            };
            foreach (var option in item.Options)
                question.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = MeasureCodings.Answer(settings, instrument, item, option) });
            questionnaire.Item.Add(question);
        }
        return questionnaire;
    }

    /// <summary>The instrument as a clinician reads it: the question asked, each item with its answers and points, how it is scored, and where it comes from.</summary>
    private static string Render(Instrument instrument)
    {
        var html = new Xhtml().Element("h2", $"{instrument.Title} (version {Version(instrument.Version)})")
            .Element("p", instrument.Period)
            .Open("table").HeaderRow("Item", "Question", "Answers (points)");
        foreach (var item in instrument.Items)
            html.Row(item.Scored ? item.Number : $"{item.Number} (not scored)", item.Text,
                string.Join("; ", item.Options.Select(o => $"{o.Text} ({o.Value.ToString(CultureInfo.InvariantCulture)})")));
        html.Close("table").Open("ul");
        foreach (var score in instrument.Scores)
        {
            var bands = score.Bands.Count == 0 ? "" : ": " + string.Join(", ", score.Bands.Select(b => $"{b.Title} {b.Min}-{b.Max}"));
            html.Element("li", $"{score.Title}, the sum of items {string.Join(", ", score.Items)}{bands}");
        }
        html.Close("ul").Labelled("Source", instrument.Source).Labelled("Terms", instrument.Terms);
        if (instrument.Unconfirmed is { } unconfirmed) html.Labelled("Not yet confirmed", unconfirmed);
        return html.ToString();
    }
}
