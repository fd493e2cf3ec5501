using Hl7.Fhir.Model;
using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A urine or breath test as an Observation, exported only for programs that opt in. No source confirms
/// a LOINC code for these tests, so the code is the project's own with the test named in text.
/// </summary>
public static class ObservationResource
{
    public static Observation Build(ExportSettings settings, CohortContext cohort, TestResultRecord result, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(keys);
        var (code, name) = Enum.TryParse<TestKind>(result.Kind, ignoreCase: true, out var kind) && kind == TestKind.Breath
            ? ("breath-alcohol", "Breath alcohol test")
            : ("urine-drug-screen", "Urine drug screen");
        var outcome = Enum.TryParse<TestOutcome>(result.Outcome, ignoreCase: true, out var parsed) ? parsed : TestOutcome.Invalid;
        var reading = outcome switch
        {
            TestOutcome.Positive => result.Substances is { Length: > 0 } found ? $"positive: {found}" : "positive",
            TestOutcome.Negative => "negative",
            TestOutcome.Missed => "not collected: the client gave no specimen",
            _ => "invalid specimen",
        };
        var observation = new Observation
        {
            Id = withId ? keys.Observation(result.Id).Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative
            {
                Status = Narrative.NarrativeStatus.Generated,
                Div = new Xhtml().Labelled(name, $"{result.CollectedOn:yyyy-MM-dd}, {reading}").Labelled("Client", keys.ClientId)
                    .Element("p", settings.Notice).ToString(),
            },
            Identifier = [new Identifier(keys.ObservationSystem, keys.ObservationValue(result.Id))],
            Status = outcome == TestOutcome.Missed ? ObservationStatus.Cancelled : ObservationStatus.Final,
            Category = [new CodeableConcept(CodeSystems.ObservationCategory, "laboratory", "Laboratory", null)],
            Code = new CodeableConcept(settings.Naming.TestSystem, code, name, name),
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            Effective = new FhirDateTime(result.CollectedOn.Year, result.CollectedOn.Month, result.CollectedOn.Day),
            IssuedElement = new Instant(new DateTimeOffset(result.RecordedUtc, TimeSpan.Zero)),
        };
        switch (outcome)
        {
            case TestOutcome.Positive or TestOutcome.Negative:
                observation.Value = new CodeableConcept { Text = reading };
                observation.Interpretation.Add(outcome == TestOutcome.Positive
                    ? new CodeableConcept(CodeSystems.ObservationInterpretation, "POS", "Positive", null)
                    : new CodeableConcept(CodeSystems.ObservationInterpretation, "NEG", "Negative", null));
                break;
            case TestOutcome.Missed:
                observation.DataAbsentReason = new CodeableConcept(CodeSystems.DataAbsentReason, "not-performed", "Not Performed", reading);
                break;
            default:
                observation.DataAbsentReason = new CodeableConcept(CodeSystems.DataAbsentReason, "error", "Error", reading);
                break;
        }
        return observation;
    }
}
