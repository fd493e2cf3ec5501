using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;

namespace IopCurriculum.Fhir.Resources;

/// <summary>An attended session as a finished ambulatory Encounter: the outcome a care plan activity points at.</summary>
public static class EncounterResource
{
    public static Encounter Build(ExportSettings settings, ClientPlan plan, PlannedActivity activity, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(keys);
        var session = activity.Session;
        var cohort = plan.Cohort;
        var title = SessionText.Title(cohort, session);
        var html = new Xhtml()
            .Labelled("Session", title)
            .Labelled("When", $"{SessionText.LocalStart(session)}, {session.Minutes} minutes")
            .Labelled("Client", keys.ClientId);
        if (activity.Reason == ActivityReason.Late) html.Element("p", ActivityReason.Late.Text());
        var encounter = new Encounter
        {
            Id = withId ? keys.Encounter(session.Id).Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = html.Element("p", settings.Notice).ToString() },
            Identifier = [new Identifier(keys.EncounterSystem, keys.EncounterValue(session.Id))],
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding(CodeSystems.ActCode, "AMB", "ambulatory"),
            Type = [Concepts.Track(settings, cohort, session.TrackCode)],
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            Period = SessionText.Period(cohort, session),
            ServiceProvider = new ResourceReference { Display = cohort.Program.Name },
        };
        if (session.Room is { Length: > 0 } room)
            encounter.Location.Add(new Encounter.LocationComponent { Location = new ResourceReference { Display = room } });
        return encounter;
    }
}
