using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using IopCurriculum.Domain.Curricula;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Vocabulary;
using Provenance = IopCurriculum.Domain.Curricula.Provenance;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A curriculum as definitions: a PlanDefinition (a clinical protocol with an action per track and, inside
/// it, per session) and an ActivityDefinition per session. URLs follow the curriculum id and versions the
/// curriculum's version, so a care plan names exactly the edition it follows.
/// </summary>
public static class CurriculumResources
{
    public static ResourceKey PlanKey(ExportSettings settings, Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(curriculum);
        return ResourceKey.ByCanonical("PlanDefinition", settings.Naming.PlanDefinition(curriculum.Id.Value), curriculum.Version);
    }

    public static ResourceKey ActivityKey(ExportSettings settings, Curriculum curriculum, SessionCode session)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(curriculum);
        return ResourceKey.ByCanonical("ActivityDefinition", ActivityUrl(settings, curriculum, session), curriculum.Version);
    }

    /// <summary>The versioned canonical a care plan's <c>instantiatesCanonical</c> holds.</summary>
    public static string PlanCanonical(ExportSettings settings, Curriculum curriculum) =>
        $"{settings.Naming.PlanDefinition(curriculum.Id.Value)}|{curriculum.Version}";

    public static string ActivityCanonical(ExportSettings settings, Curriculum curriculum, SessionCode session) =>
        $"{ActivityUrl(settings, curriculum, session)}|{curriculum.Version}";

    public static PlanDefinition PlanDefinition(ExportSettings settings, Curriculum curriculum, bool withId)
    {
        var key = PlanKey(settings, curriculum);
        var plan = new PlanDefinition
        {
            Id = withId ? key.Id : null,
            Url = settings.Naming.PlanDefinition(curriculum.Id.Value),
            Version = curriculum.Version,
            Name = ComputableName(curriculum.Id.Value),
            Title = curriculum.Title,
            Status = PublicationStatus.Active,
            Type = new CodeableConcept(CodeSystems.PlanDefinitionType, "clinical-protocol", "Clinical Protocol", null),
            Description = curriculum.Description.Length > 0 ? curriculum.Description.Trim() : null,
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = PlanNarrative(curriculum) },
        };
        foreach (var track in curriculum.Tracks)
        {
            var action = new PlanDefinition.ActionComponent
            {
                Prefix = track.Code.Value,
                Title = track.Name,
                Description = track.Profile.Description.Length > 0 ? track.Profile.Description.Trim() : null,
                Code = [Concepts.Track(settings, curriculum, track)],
                GroupingBehavior = ActionGroupingBehavior.LogicalGroup,
                // A fixed sequence runs every session in turn; a topic list lets the group pick one each time.
                SelectionBehavior = track.Sequence == SequenceKind.TopicList ? ActionSelectionBehavior.Any : ActionSelectionBehavior.All,
            };
            foreach (var session in track.Sessions)
                action.Action.Add(new PlanDefinition.ActionComponent
                {
                    Prefix = session.Code.ToString(),
                    Title = session.Title,
                    Definition = new Canonical(ActivityCanonical(settings, curriculum, session.Code)),
                });
            plan.Action.Add(action);
        }
        return plan;
    }

    public static ActivityDefinition ActivityDefinition(ExportSettings settings, Curriculum curriculum, Track track, Session session, bool withId)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(session);
        var key = ActivityKey(settings, curriculum, session.Code);
        return new ActivityDefinition
        {
            Id = withId ? key.Id : null,
            Url = ActivityUrl(settings, curriculum, session.Code),
            Version = curriculum.Version,
            Name = ComputableName($"{curriculum.Id.Value}-{track.Code.Value}-{session.Number}"),
            Title = $"{session.Code}: {session.Title}",
            Status = PublicationStatus.Active,
            Kind = Hl7.Fhir.Model.ActivityDefinition.RequestResourceType.Appointment,
            Code = Concepts.Track(settings, curriculum, track),
            Description = $"A session of {track.Name} ({curriculum.Title}).",
            Purpose = session.Content.Goals.Count == 0 ? null : string.Join("\n", session.Content.Goals.Select(g => $"- {g}")),
            Usage = session.Provenance == Provenance.Manual ? null : ProvenanceNote(session),
            Timing = new Duration { Value = session.Minutes, Unit = "min", System = CodeSystems.Ucum, Code = "min" },
            Participant =
            [
                new() { Type = ActionParticipantType.Patient },
                new() { Type = ActionParticipantType.Practitioner },
            ],
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = ActivityNarrative(curriculum, track, session) },
        };
    }

    /// <summary>Every session's ActivityDefinition, in track and session order.</summary>
    public static IEnumerable<ActivityDefinition> ActivityDefinitions(ExportSettings settings, Curriculum curriculum, bool withId)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        foreach (var track in curriculum.Tracks)
            foreach (var session in track.Sessions)
                yield return ActivityDefinition(settings, curriculum, track, session, withId);
    }

    private static string ActivityUrl(ExportSettings settings, Curriculum curriculum, SessionCode session) =>
        settings.Naming.ActivityDefinition(curriculum.Id.Value, session.Track.Value, session.Number);

    private static string ProvenanceNote(Session session) => session.Provenance == Provenance.Adapted
        ? "The title and content are this curriculum's own design, in the manual's spirit."
        : $"The title is believed to be the manual's but is not confirmed.{(session.Content.ProvenanceNote is { } note ? " " + note : "")}";

    /// <summary>A name a machine can use: <c>matrix-16-week</c> becomes <c>Matrix16Week</c>.</summary>
    private static string ComputableName(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var part in id.Split('-', StringSplitOptions.RemoveEmptyEntries))
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1).ToString().ToLowerInvariant());
        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0])) builder.Insert(0, 'C');
        return builder.ToString();
    }

    private static string PlanNarrative(Curriculum curriculum)
    {
        var html = new Xhtml().Element("h2", $"{curriculum.Title} (version {curriculum.Version})");
        if (curriculum.Description.Length > 0) html.Element("p", curriculum.Description.Trim());
        html.Open("table").HeaderRow("Track", "Weeks", "Sessions", "Minutes");
        foreach (var track in curriculum.Tracks)
            html.Row($"{track.Code} {track.Name}", track.Schedule.Weeks.ToString(),
                track.Sessions.Count.ToString(CultureInfo.InvariantCulture), track.Minutes.ToString(CultureInfo.InvariantCulture));
        return html.Close("table").ToString();
    }

    private static string ActivityNarrative(Curriculum curriculum, Track track, Session session)
    {
        var html = new Xhtml().Element("h3", $"{session.Code}: {session.Title}")
            .Labelled("Track", $"{track.Name} ({curriculum.Title} {curriculum.Version})")
            .Labelled("Length", $"{session.Minutes} minutes");
        if (session.Content.Goals.Count > 0)
        {
            html.Open("ul");
            foreach (var goal in session.Content.Goals) html.Element("li", goal);
            html.Close("ul");
        }
        if (session.Content.Handouts.Count > 0)
            html.Labelled("Handouts", string.Join(", ", session.Content.Handouts.Select(h => curriculum.FindHandout(h) is { } found ? $"{h} {found.Title}" : h.ToString())));
        return html.ToString();
    }
}
