using IopCurriculum.Definitions.Measures;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Engine.Snapshots;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Measures;
using IopCurriculum.Fhir.Notes;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Resources;
using NodaTime;

namespace IopCurriculum.Fhir.Output;

/// <summary>
/// Every resource of a care-plan export, built one client at a time as the reader pages through the
/// database and handed on at once, so a writer can stream it out and memory stays flat. Per cohort:
/// each client's Patient, CarePlan, the Conditions, Goals and CareTeam of a signed treatment plan, an
/// Encounter per attended session, (if the program opts in) test-result Observations, a
/// QuestionnaireResponse and score Observations per completed measure, a DocumentReference per signed
/// progress note and a Consent per consent naming the recipient; then the curriculum's definitions, the
/// Questionnaire of each instrument those measures answer, and the cohort's Group.
/// </summary>
public sealed class ExportFeed(CohortReader reader, TimeProvider clock, ExportSettings settings)
{
    /// <summary>
    /// The resources of the given cohorts. With <paramref name="sinceUtc"/>, only clients with something
    /// recorded since, and cohorts without any are left out; a Group always lists every member.
    /// </summary>
    /// <param name="consented">Per client: what of theirs may go, or null where nothing may; null lets everything of every client out.</param>
    public IEnumerable<ExportEntry> Entries(IReadOnlyList<string> cohortIds, ExportLayout layout, DateTime? sinceUtc = null,
        Func<string, ClientRelease?>? consented = null)
    {
        ArgumentNullException.ThrowIfNull(cohortIds);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var withId = layout == ExportLayout.Ndjson;
        var definitionsWritten = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cohortId in cohortIds)
        {
            var cohort = new CohortContext(reader.Cohort(cohortId));
            var members = new List<GroupMember>();
            var answered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var client in reader.Clients(cohort.Snapshot, sinceUtc))
            {
                var release = consented is null ? ClientRelease.Everything : consented(client.Client.Id);
                if (release is null) continue;
                var plan = ClientPlanner.Plan(cohort, client, now);
                var keys = ClientKeys.For(cohort, client.Client.Id);
                members.Add(GroupMember.Of(plan, keys));
                foreach (var entry in ClientEntries(cohort, plan, keys, layout.ClientStyle(), withId, release))
                    yield return entry;
                answered.UnionWith(client.Measures.Select(m => m.Instrument));
            }
            if (members.Count == 0 && sinceUtc is not null) continue;
            if (sinceUtc is not null) members = Members(cohort, now, consented is null ? null : id => consented(id) is not null);

            // Bundles each carry the definitions their care plans and responses name; bulk files carry each edition once.
            var curriculum = cohort.Curriculum;
            if (!withId || definitionsWritten.Add(CurriculumResources.PlanCanonical(settings, curriculum)))
            {
                yield return new ExportEntry(cohortId, null, CurriculumResources.PlanKey(settings, curriculum), CurriculumResources.PlanDefinition(settings, curriculum, withId));
                foreach (var track in curriculum.Tracks)
                    foreach (var session in track.Sessions)
                        yield return new ExportEntry(cohortId, null, CurriculumResources.ActivityKey(settings, curriculum, session.Code),
                            CurriculumResources.ActivityDefinition(settings, curriculum, track, session, withId));
            }
            foreach (var instrument in BuiltInMeasures.Instruments.All.Where(i => answered.Contains(i.Id.Value)))
                if (!withId || definitionsWritten.Add(QuestionnaireResource.Canonical(settings, instrument.Id.Value, instrument.Version)))
                    yield return new ExportEntry(cohortId, null, QuestionnaireResource.Key(settings, instrument), QuestionnaireResource.Build(settings, instrument, withId));
            yield return new ExportEntry(cohortId, null, ClientKeys.Group(cohort.Program.Id, cohortId),
                GroupResource.Build(settings, cohort, members, layout.MemberStyle(), withId));
        }
    }

    /// <summary>
    /// One client's resources of one type exactly as the bulk files carry them: with ids and literal
    /// references. Resources of other types are not built at all.
    /// </summary>
    /// <param name="release">What of the client's may go, or null for everything.</param>
    public IEnumerable<ExportEntry> BulkClientEntries(CohortContext cohort, ClientSnapshot client, string type, ClientRelease? release = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(client);
        var plan = ClientPlanner.Plan(cohort, client, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        return ClientEntries(cohort, plan, ClientKeys.For(cohort, client.Client.Id), ReferenceStyle.Literal, withId: true, release ?? ClientRelease.Everything, type);
    }

    /// <summary>
    /// One client's resources as a client's transaction Bundle carries them: no ids, references by
    /// <c>urn:uuid</c>. Null when the client is not enrolled in the cohort.
    /// </summary>
    public IReadOnlyList<ExportEntry>? ClientTransactionEntries(string cohortId, long enrolmentId, ClientRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var cohort = new CohortContext(reader.Cohort(cohortId));
        if (reader.Clients(cohort.Snapshot, enrolmentIds: [enrolmentId]).SingleOrDefault() is not { } client) return null;
        var plan = ClientPlanner.Plan(cohort, client, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        return [.. ClientEntries(cohort, plan, ClientKeys.For(cohort, client.Client.Id), ReferenceStyle.InBundle, withId: false, release)];
    }

    /// <summary>A cohort's Group as the bulk files carry it, listing every member.</summary>
    /// <param name="member">Which clients the Group may list, or null for all.</param>
    public ExportEntry BulkGroup(CohortContext cohort, Func<string, bool>? member = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var members = Members(cohort, Instant.FromDateTimeOffset(clock.GetUtcNow()), member);
        return new ExportEntry(cohort.Cohort.Id, null, ClientKeys.Group(cohort.Program.Id, cohort.Cohort.Id),
            GroupResource.Build(settings, cohort, members, ReferenceStyle.Literal, withId: true));
    }

    /// <summary>The PlanDefinition of a cohort's curriculum edition as the bulk files carry it.</summary>
    public ExportEntry BulkPlanDefinition(CohortContext cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return new ExportEntry(cohort.Cohort.Id, null, CurriculumResources.PlanKey(settings, cohort.Curriculum),
            CurriculumResources.PlanDefinition(settings, cohort.Curriculum, withId: true));
    }

    /// <summary>Every instrument's Questionnaire as the bulk files carry it, whether or not anyone has answered it yet.</summary>
    public IEnumerable<Hl7.Fhir.Model.Questionnaire> BulkQuestionnaires() =>
        BuiltInMeasures.Instruments.All.Select(i => QuestionnaireResource.Build(settings, i, withId: true));

    private List<GroupMember> Members(CohortContext cohort, Instant now, Func<string, bool>? member = null) =>
        [.. reader.Clients(cohort.Snapshot).Where(c => member is null || member(c.Client.Id)).Select(c => GroupMember.Of(ClientPlanner.Plan(cohort, c, now), ClientKeys.For(cohort, c.Client.Id)))];

    /// <param name="only">One resource type to build, or null for all.</param>
    private IEnumerable<ExportEntry> ClientEntries(CohortContext cohort, ClientPlan plan, ClientKeys keys, ReferenceStyle style, bool withId,
        ClientRelease release, string? only = null)
    {
        var cohortId = cohort.Cohort.Id;
        var clientId = keys.ClientId;
        if (only is null or "Patient")
            yield return new ExportEntry(cohortId, clientId, keys.Patient, PatientResource.Build(settings, keys, withId));
        if (only is null or "CarePlan")
            yield return new ExportEntry(cohortId, clientId, keys.CarePlan, CarePlanResource.Build(settings, plan, keys, style, withId));
        if ((only is null or "Condition" or "Goal" or "CareTeam") && SignedPlan.Of(plan, keys) is { } signed)
            foreach (var entry in PlanEntries(cohortId, plan, signed, keys, style, withId, only))
                yield return entry;
        if (only is null or "Encounter")
            foreach (var activity in plan.Activities.Where(a => a.Attended))
                yield return new ExportEntry(cohortId, clientId, keys.Encounter(activity.Session.Id),
                    EncounterResource.Build(settings, plan, activity, keys, style, withId));
        if (cohort.Program.ExportTestResults && only is (null or "Observation"))
            foreach (var result in plan.Client.Results)
                yield return new ExportEntry(cohortId, clientId, keys.Observation(result.Id),
                    ObservationResource.Build(settings, cohort, result, keys, style, withId));
        if (only is null or "QuestionnaireResponse" or "Observation")
            foreach (var entry in MeasureEntries(cohort, plan.Client, keys, style, withId, only))
                yield return entry;
        // Only complete notes: a draft or a note awaiting co-signature is never disclosed.
        if ((only is null or "DocumentReference") && release.ProgressNotes)
            foreach (var note in SignedNote.Of(plan, keys))
                yield return new ExportEntry(cohortId, clientId, note.Key, DocumentReferenceResource.Build(settings, cohort, note, keys, style, withId));
        if (only is null or "Consent")
            foreach (var consent in plan.Client.Consents.Where(c => release.Shows(c.Terms)))
                yield return new ExportEntry(cohortId, clientId, keys.Consent(consent.Terms.Id), ConsentResource.Build(settings, cohort, consent, keys, style, withId));
    }

    private IEnumerable<ExportEntry> MeasureEntries(CohortContext cohort, ClientSnapshot client, ClientKeys keys, ReferenceStyle style, bool withId, string? only)
    {
        var cohortId = cohort.Cohort.Id;
        foreach (var measure in RecordedMeasure.Of(client, keys))
        {
            if (only is null or "QuestionnaireResponse")
                yield return new ExportEntry(cohortId, keys.ClientId, measure.Response, QuestionnaireResponseResource.Build(settings, cohort, measure, keys, style, withId));
            if (only is not (null or "Observation")) continue;
            for (var i = 0; i < measure.Scores.Count; i++)
                yield return new ExportEntry(cohortId, keys.ClientId, measure.Scores[i].Key, MeasureObservationResource.Score(settings, cohort, measure, i, keys, style, withId));
            if (measure.Panel is { } panel)
                yield return new ExportEntry(cohortId, keys.ClientId, panel, MeasureObservationResource.Panel(settings, cohort, measure, keys, style, withId));
        }
    }

    private IEnumerable<ExportEntry> PlanEntries(string cohortId, ClientPlan plan, SignedPlan signed, ClientKeys keys, ReferenceStyle style, bool withId, string? only)
    {
        var clientId = keys.ClientId;
        if (only is null or "Condition")
            foreach (var diagnosis in signed.Diagnoses)
                yield return new ExportEntry(cohortId, clientId, diagnosis.Key, ConditionResource.Build(settings, diagnosis, keys, style, withId));
        if (only is null or "Goal")
            foreach (var goal in signed.Goals)
                yield return new ExportEntry(cohortId, clientId, goal.Key, GoalResource.Build(settings, goal, keys, style, withId));
        if ((only is null or "CareTeam") && signed.Team.Count > 0)
            yield return new ExportEntry(cohortId, clientId, keys.CareTeam, CareTeamResource.Build(settings, plan, signed, keys, style, withId));
    }
}
