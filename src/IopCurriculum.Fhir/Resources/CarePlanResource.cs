using Hl7.Fhir.Model;
using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;
using IopCurriculum.Fhir.Vocabulary;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// A client's care plan as a US Core-shaped CarePlan: one activity per planned session with its status,
/// an Encounter as the outcome of each attended one, and a narrative that carries the whole plan for
/// EHRs that keep only the text. With a signed treatment plan in force it also names the Conditions it
/// addresses, its Goals and its CareTeam, and links each session to the goals its track serves.
/// </summary>
public static class CarePlanResource
{
    public static CarePlan Build(ExportSettings settings, ClientPlan plan, ClientKeys keys, ReferenceStyle style, bool withId)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(keys);
        var cohort = plan.Cohort;
        var curriculum = cohort.Curriculum;
        var signed = SignedPlan.Of(plan, keys);
        var carePlan = new CarePlan
        {
            Id = withId ? keys.CarePlan.Id : null,
            Meta = Part2Labels.Meta(),
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = CarePlanNarrative.Render(settings, plan, signed, keys) },
            Identifier = [new Identifier(keys.CarePlanSystem, keys.CarePlanValue)],
            InstantiatesCanonical = [CurriculumResources.PlanCanonical(settings, curriculum)],
            Status = Status(plan.State),
            Intent = CarePlan.CarePlanIntent.Plan,
            Category = [Concepts.UsCoreAssessPlan(), Concepts.Program(settings, curriculum, cohort.Program.Name)],
            Title = curriculum.Title,
            Description = $"Cohort {cohort.Cohort.Id} from week {plan.Client.Enrolment.StartWeek}" + (plan.Stage is null ? "" : $"; stage {plan.Stage}"),
            Subject = new ResourceReference(keys.Patient.Reference(style)),
            Period = new Period(SessionText.Date(plan.Start), SessionText.Date(plan.End)),
            CreatedElement = SessionText.At(plan.Client.Enrolment.EnrolledUtc, cohort.Zone),
            // The program is known only by name: no Organization resource is exported to point at.
            Author = new ResourceReference { Display = cohort.Program.Name },
        };
        if (signed is not null)
        {
            carePlan.Addresses = [.. signed.Diagnoses.Select(d => new ResourceReference(d.Key.Reference(style)))];
            carePlan.Goal = [.. signed.Goals.Select(g => new ResourceReference(g.Key.Reference(style)))];
            if (signed.Team.Count > 0) carePlan.CareTeam = [new ResourceReference(keys.CareTeam.Reference(style))];
        }
        foreach (var activity in plan.Activities)
            carePlan.Activity.Add(Activity(settings, plan, activity, signed, keys, style));
        return carePlan;
    }

    public static RequestStatus Status(PlanState state) => state switch
    {
        PlanState.OnHold => RequestStatus.OnHold,
        PlanState.Completed => RequestStatus.Completed,
        PlanState.Revoked => RequestStatus.Revoked,
        _ => RequestStatus.Active,
    };

    public static CarePlan.CarePlanActivityStatus Status(ActivityState state) => state switch
    {
        ActivityState.Completed => CarePlan.CarePlanActivityStatus.Completed,
        ActivityState.Cancelled => CarePlan.CarePlanActivityStatus.Cancelled,
        ActivityState.NotStarted => CarePlan.CarePlanActivityStatus.NotStarted,
        ActivityState.OnHold => CarePlan.CarePlanActivityStatus.OnHold,
        _ => CarePlan.CarePlanActivityStatus.Scheduled,
    };

    private static CarePlan.ActivityComponent Activity(ExportSettings settings, ClientPlan plan, PlannedActivity activity, SignedPlan? signed, ClientKeys keys, ReferenceStyle style)
    {
        var session = activity.Session;
        var cohort = plan.Cohort;
        var curriculum = cohort.Curriculum;
        var detail = new CarePlan.DetailComponent
        {
            Kind = CarePlan.CarePlanActivityKind.Appointment,
            Code = Concepts.Track(settings, cohort, session.TrackCode),
            Status = Status(activity.State),
            Description = SessionText.Title(cohort, session),
            Scheduled = SessionText.Period(cohort, session),
            Location = session.Room is { Length: > 0 } room ? new ResourceReference { Display = room } : null,
        };
        if (session.SessionNumber is { } number && cohort.Track(session.TrackCode)?.FindSession(number) is { } defined)
            detail.InstantiatesCanonical = [cohort.Canonical(defined.Code, code => CurriculumResources.ActivityCanonical(settings, curriculum, code))];
        if (activity.State != ActivityState.Completed && activity.Reason != ActivityReason.None)
            detail.StatusReason = new CodeableConcept(settings.Naming.AttendanceSystem, activity.Reason.Code(), activity.Reason.Text(), Reason(activity));
        if (signed is not null)
            detail.Goal = [.. signed.GoalsServedBy(session.TrackCode).Select(g => new ResourceReference(g.Key.Reference(style)))];

        var component = new CarePlan.ActivityComponent { Detail = detail };
        if (activity.Attended)
            component.OutcomeReference.Add(new ResourceReference(keys.Encounter(session.Id).Reference(style)));
        AddProgress(component, activity, plan);
        return component;
    }

    /// <summary>The reason's words, with the program's note where it gave one (a closure's name, say).</summary>
    private static string Reason(PlannedActivity activity) =>
        activity.Reason == ActivityReason.SessionCancelled && activity.Session.Note is { Length: > 0 } note
            ? $"{activity.Reason.Text()}: {note}"
            : activity.Reason.Text();

    /// <summary>What was written down about the session: a late arrival, the recorder's note, a moved session.</summary>
    private static void AddProgress(CarePlan.ActivityComponent component, PlannedActivity activity, ClientPlan plan)
    {
        var attendance = activity.Attendance;
        if (activity.Reason == ActivityReason.Late)
            component.Progress.Add(Note(ActivityReason.Late.Text(), attendance, plan));
        if (attendance?.Note is { Length: > 0 } note)
            component.Progress.Add(Note(note, attendance, plan));
        if (activity.Session.Status == "shifted" && activity.Session.Note is { Length: > 0 } moved)
            component.Progress.Add(new Annotation { Text = moved });
    }

    private static Annotation Note(string text, AttendanceRecord? attendance, ClientPlan plan) => new()
    {
        Text = text,
        TimeElement = attendance is null ? null : SessionText.At(attendance.RecordedUtc, plan.Cohort.Zone),
    };
}
