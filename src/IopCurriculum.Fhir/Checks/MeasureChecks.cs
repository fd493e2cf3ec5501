using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Resources;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Checks;

/// <summary>
/// What a measure's resources must hold to beyond Firely's <c>Validate()</c>, which does not read a
/// QuestionnaireResponse against its Questionnaire nor know which codes a source confirmed.
/// </summary>
internal static class MeasureChecks
{
    public static bool IsSurvey(CodeableConcept category) =>
        category.Coding.Any(c => c.System == CodeSystems.ObservationCategory && c.Code == "survey");

    /// <summary>A response answers a Questionnaire in the export, about a Patient in it, with that Questionnaire's items and answers.</summary>
    public static void CheckResponse(string name, QuestionnaireResponse response, ExportIndex index, List<string> problems)
    {
        if (response.Subject?.Reference is null || index.Resolve(response.Subject.Reference) is not Patient)
            problems.Add($"{name}: the subject must be a Patient in the export");
        if (response.Questionnaire is not { } canonical || index.Canonical(canonical) is not Questionnaire questionnaire)
        {
            problems.Add($"{name}: questionnaire {response.Questionnaire} names no Questionnaire in the export");
            return;
        }
        foreach (var item in response.Item)
        {
            var question = questionnaire.Item.FirstOrDefault(q => q.LinkId == item.LinkId);
            if (question is null)
            {
                problems.Add($"{name}: item {item.LinkId} is not an item of {canonical}");
                continue;
            }
            foreach (var answer in item.Answer)
                if (answer.Value is not Coding chosen
                    || !question.AnswerOption.Any(o => o.Value is Coding offered && offered.System == chosen.System && offered.Code == chosen.Code))
                    problems.Add($"{name}: the answer to item {item.LinkId} is not one {canonical} offers");
        }
    }

    /// <summary>A score is a UCUM <c>{score}</c> quantity; without one, a panel has members or the Observation says why it has no value.</summary>
    public static void CheckObservation(string name, Observation observation, List<string> problems)
    {
        if (observation.Value is Quantity quantity && (quantity.System != CodeSystems.Ucum || quantity.Code != MeasureCodings.ScoreUnit))
            problems.Add($"{name}: a score's value must be in UCUM {MeasureCodings.ScoreUnit}");
        if (observation.Value is null && observation.DataAbsentReason is null && observation.HasMember.Count == 0)
            problems.Add($"{name}: a survey Observation needs a value, members or a data-absent reason");
        if (observation.Code is not { } code || (code.Coding.Count == 0 && string.IsNullOrWhiteSpace(code.Text)))
            problems.Add($"{name}: the code names nothing, neither by a coding nor in text");
    }

    /// <summary>The LOINC codes of measures' resources are those the instrument files give, and no others.</summary>
    public static void CheckLoinc(string name, Resource resource, List<string> problems)
    {
        var codings = resource switch
        {
            Observation o when o.Category.Any(IsSurvey) => o.Code?.Coding ?? [],
            Questionnaire q => q.Code.Concat(q.Item.SelectMany(i => i.Code.Concat(i.AnswerOption.Select(a => a.Value).OfType<Coding>()))),
            QuestionnaireResponse r => r.Item.SelectMany(i => i.Answer.Select(a => a.Value).OfType<Coding>()),
            _ => Enumerable.Empty<Coding>(),
        };
        foreach (var coding in codings.Where(c => c.System == CodeSystems.Loinc))
            if (coding.Code is null || !InstrumentLoinc.Codes.Contains(coding.Code))
                problems.Add($"{name}: LOINC {coding.Code} is not a code an instrument gives");
    }
}
