using System.Globalization;
using IopCurriculum.Definitions.Yaml;
using IopCurriculum.Engine.Plans;
using IopCurriculum.Plans.Goals;
using IopCurriculum.Plans.Reviews;

namespace IopCurriculum.Cli.Commands;

/// <summary>A client's plan as <c>iop treatment-plan show</c> prints it: standing, assessment, goals, versions and reviews.</summary>
internal static class TreatmentPlanView
{
    public static void Write(ClientTreatmentPlan plan, TextWriter output)
    {
        var standing = plan.Standing;
        output.WriteLine($"treatment plan of {plan.ClientId} in cohort {plan.CohortId}");
        if (plan.Latest is not { } latest)
        {
            output.WriteLine("  no plan written yet");
            return;
        }
        output.WriteLine($"  {Describe(standing)}");
        var shown = plan.Versions.LastOrDefault(v => v.IsSigned) ?? latest;
        var assessment = shown.Content.Assessment;
        output.WriteLine($"version {shown.Version}{(shown.IsSigned ? "" : " (draft)")}: level of care {assessment.LevelOfCare}");
        foreach (var diagnosis in assessment.Diagnoses)
            output.WriteLine($"  diagnosis {(diagnosis.Code is null ? "" : diagnosis.Code + " ")}{diagnosis.Title}");
        output.WriteLine("  ASAM " + string.Join(", ", assessment.Asam.Select(r => string.Create(CultureInfo.InvariantCulture, $"{(int)r.Dimension}:{r.Risk}"))));
        foreach (var problem in shown.Content.Problems)
        {
            output.WriteLine($"  problem: {problem.Statement}");
            foreach (var goal in problem.Goals)
            {
                output.WriteLine($"    goal ({Word(goal.Status)}, by {goal.Target:uuuu-MM-dd}): {goal.Statement}");
                foreach (var service in goal.Interventions)
                    output.WriteLine($"      service: {service.Description}{(service.Tracks.Count == 0 ? "" : $" [{string.Join(", ", service.Tracks)}]")}{(service.Frequency is null ? "" : $", {service.Frequency}")}; {service.Responsible}");
            }
        }
        output.WriteLine("versions:");
        foreach (var version in plan.Versions)
            output.WriteLine($"  {version.Version}  written by {version.CreatedBy} {version.CreatedAt:uuuu-MM-dd HH:mm}" +
                (version.IsSigned ? $", signed by {version.SignedBy} {version.SignedAt:uuuu-MM-dd HH:mm}" : ", not signed") +
                (version.ClientAgreedOn is { } agreed ? $", client agreed {agreed:uuuu-MM-dd}" : "") +
                (version.Reason is null ? "" : $": {version.Reason}"));
        if (plan.Reviews.Count == 0) return;
        output.WriteLine("reviews:");
        foreach (var review in plan.Reviews)
            output.WriteLine($"  {review.ReviewedOn:uuuu-MM-dd}  version {review.Version} by {review.ReviewedBy}: {review.Note}");
    }

    public static void Write(IReadOnlyList<DischargeVersion> discharge, TextWriter output)
    {
        if (discharge.Count == 0) return;
        var latest = discharge[^1];
        var aftercare = latest.Content.Aftercare;
        output.WriteLine($"discharge summary (version {latest.Version}, signed by {latest.SignedBy} {latest.SignedAt:uuuu-MM-dd HH:mm}): {EnumNames.Kebab(latest.Content.Reason)}");
        output.WriteLine($"  {latest.Content.Summary}");
        foreach (var referral in aftercare.Referrals) output.WriteLine($"  referral: {referral}");
        foreach (var meeting in aftercare.MutualHelp) output.WriteLine($"  mutual help: {meeting}");
        output.WriteLine($"  continuing Social Support: {(aftercare.ContinuingSocialSupport ? "yes" : "no")}");
    }

    private static string Describe(PlanStanding standing) =>
        standing.HasSignedVersion
            ? $"version {standing.SignedVersion} in force; review due {standing.ReviewDue:uuuu-MM-dd}{(standing.ReviewOverdue ? " (OVERDUE)" : "")}" +
              (standing.Status == PlanStatus.Draft ? $"; version {standing.Version} is a draft, not yet signed" : "") +
              $"; goals: {standing.GoalsActive} active, {standing.GoalsAchieved} achieved"
            : $"version {standing.Version} is a draft, not yet signed: no plan is in force";

    private static string Word(GoalStatus status) => status switch
    {
        GoalStatus.NotAchieved => "not achieved",
        _ => status.ToString().ToLowerInvariant(),
    };
}
