using IopCurriculum.Fhir.Identity;
using IopCurriculum.Fhir.Plans;

namespace IopCurriculum.Fhir.Resources;

/// <summary>
/// The whole care plan as readable XHTML. Some EHRs keep only a CarePlan's narrative and drop its
/// activities, so everything a clinician needs is here: who, which course, where it stands, every
/// session with its status, the signed treatment plan's diagnoses, goals and team, and the Part 2 notice.
/// </summary>
internal static class CarePlanNarrative
{
    public static string Render(ExportSettings settings, ClientPlan plan, SignedPlan? signed, ClientKeys keys)
    {
        var cohort = plan.Cohort;
        var html = new Xhtml()
            .Element("h2", $"Care plan: {cohort.Curriculum.Title}")
            .Labelled("Client", $"{keys.ClientId} ({keys.ClientSystem})")
            .Labelled("Program", $"{cohort.Program.Name}, cohort {cohort.Cohort.Id}, joined in week {plan.Client.Enrolment.StartWeek}")
            .Labelled("Status", $"{Word(plan.State)}{(plan.Stage is null ? "" : $" (stage: {plan.Stage})")}, {plan.Start:uuuu-MM-dd} to {plan.End:uuuu-MM-dd}")
            .Labelled("Sessions", Summary(plan));
        if (plan.Activities.Count > 0)
        {
            html.Open("table").HeaderRow("When", "Session", "Track", "Status");
            foreach (var activity in plan.Activities)
                html.Row(SessionText.LocalStart(activity.Session), SessionText.Title(cohort, activity.Session),
                    SessionText.TrackName(cohort, activity.Session.TrackCode), Status(activity));
            html.Close("table");
        }
        if (signed is not null) TreatmentPlanNarrative.Append(html, signed);
        return html.Labelled("Confidentiality", settings.Notice).ToString();
    }

    private static string Summary(ClientPlan plan)
    {
        var counts = plan.Activities.GroupBy(a => a.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Word(g.Key)}");
        return plan.Activities.Count == 0 ? "none planned" : string.Join(", ", counts);
    }

    private static string Status(PlannedActivity activity) =>
        activity.Reason == ActivityReason.None ? Word(activity.State) : $"{Word(activity.State)}: {activity.Reason.Text()}";

    private static string Word(PlanState state) => state switch
    {
        PlanState.OnHold => "on hold",
        PlanState.Completed => "completed",
        PlanState.Revoked => "ended by discharge",
        _ => "active",
    };

    private static string Word(ActivityState state) => state switch
    {
        ActivityState.NotStarted => "not started",
        ActivityState.OnHold => "on hold",
        _ => state.ToString().ToLowerInvariant(),
    };
}
