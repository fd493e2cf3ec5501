using System.Globalization;
using Hl7.Fhir.Model;
using IopCurriculum.Domain.Measures;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// How an instrument's answers and scores are coded. LOINC only where the instrument file gives the code
/// (a source confirmed it); otherwise an answer is coded in the project's own system for its answer list,
/// and a score or panel is named in text alone. Nothing is coded by guesswork.
/// </summary>
public static class MeasureCodings
{
    /// <summary>The R4 extension carrying an answer's points on its coding.</summary>
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>The UCUM unit of a score: an arbitrary count, <c>{score}</c>.</summary>
    public const string ScoreUnit = "{score}";

    /// <summary>An answer as its LOINC answer code, or as its points in the answer list's own system, with the points as its ordinal value.</summary>
    public static Coding Answer(ExportSettings settings, Instrument instrument, InstrumentItem item, AnswerOption option)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(option);
        var coding = option.Loinc is { } code
            ? new Coding(CodeSystems.Loinc, code, option.Text)
            : new Coding(settings.Naming.AnswerSystem(instrument.Id.Value, item.AnswerList ?? $"item-{item.Number}"),
                option.Value.ToString(CultureInfo.InvariantCulture), option.Text);
        coding.Extension.Add(new Extension(OrdinalValue, new FhirDecimal(option.Value)));
        return coding;
    }

    /// <summary>The instrument as a whole: its panel LOINC code where given, and its title.</summary>
    public static CodeableConcept Panel(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var concept = new CodeableConcept { Text = instrument.Title };
        if (instrument.Loinc is { } code) concept.Coding.Add(new Coding(CodeSystems.Loinc, code));
        return concept;
    }

    /// <summary>One score: its LOINC code where given, and the instrument's title with the score's.</summary>
    public static CodeableConcept Score(Instrument instrument, ScoreValue score, ScoreRule? rule)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(score);
        var concept = new CodeableConcept { Text = $"{instrument.Title}: {score.Title}" };
        if (rule?.Loinc is { } code) concept.Coding.Add(new Coding(CodeSystems.Loinc, code));
        return concept;
    }

    /// <summary>
    /// US Core's required category for a screening or assessment, <c>survey</c>. US Core 6.1's second
    /// (screening-assessment) slice draws on its own category codes (sdoh, functional-status,
    /// disability-status, cognitive-status), none of which is what these instruments measure, so it is left out.
    /// </summary>
    public static CodeableConcept Survey() => new(CodeSystems.ObservationCategory, "survey", "Survey", null);
}
