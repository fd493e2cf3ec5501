using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// The client as a Patient, and deliberately no more than the identifier the program configures: the
/// receiving EHR matches it to the chart it already has, so names and birth dates need not travel.
/// </summary>
public static class PatientResource
{
    public static Patient Build(ExportSettings settings, ClientKeys keys, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(keys);
        return new Patient
        {
            Id = withId ? keys.Patient.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative
            {
                Status = Narrative.NarrativeStatus.Generated,
                Div = new Xhtml().Labelled("Client", $"{keys.ClientId} ({keys.ClientSystem})").Element("p", settings.Notice).ToString(),
            },
            Identifier = [new Identifier(keys.ClientSystem, keys.ClientId)],
        };
    }
}
