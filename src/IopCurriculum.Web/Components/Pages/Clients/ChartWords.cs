using System.Globalization;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Goals;
using IopCurriculum.Plans.Reviews;
using NodaTime;

namespace IopCurriculum.Web.Components.Pages.Clients;

/// <summary>The words the client chart uses for what the engine stores as codes, so clinicians read sentences rather than identifiers.</summary>
public static class ChartWords
{
    public static string Date(LocalDate date) => date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => Date(LocalDate.FromDateOnly(date));

    public static string When(LocalDateTime at) => at.ToString("ddd d MMM uuuu, HH:mm", CultureInfo.InvariantCulture);

    public static string When(ZonedDateTime at) => When(at.LocalDateTime);

    /// <summary>Where the plan stands, in a sentence: the review flag is spelled out, not left to a colour.</summary>
    public static string Standing(PlanStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Status == PlanStatus.None) return "No treatment plan has been written yet.";
        if (standing.SignedVersion is not { } signed) return $"Version {standing.Version} is a draft and has not been signed, so no plan is in force yet.";
        var review = standing.ReviewDue is not { } due ? ""
            : standing.ReviewOverdue ? $" Its review is overdue: it was due on {Date(due)}."
            : $" Its review is due on {Date(due)}.";
        var draft = standing.Version is { } latest && latest > signed ? $" A newer draft, version {latest}, has not been signed yet." : "";
        return $"Version {signed} is signed and in force.{review}{draft}";
    }

    public static string Goal(GoalStatus status) => status switch
    {
        GoalStatus.NotAchieved => "not achieved",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Discharge(IopCurriculum.Plans.Discharge.DischargeReason reason) => reason switch
    {
        IopCurriculum.Plans.Discharge.DischargeReason.Completed => "completed the course",
        IopCurriculum.Plans.Discharge.DischargeReason.Transferred => "transferred to another level of care or program",
        IopCurriculum.Plans.Discharge.DischargeReason.Left => "stopped coming before the course ended",
        IopCurriculum.Plans.Discharge.DischargeReason.Discharged => "discharged by the program",
        _ => "another reason",
    };

    public static string Dimension(AsamDimension dimension) => dimension switch
    {
        AsamDimension.IntoxicationWithdrawal => "1. Intoxication and withdrawal",
        AsamDimension.Biomedical => "2. Biomedical conditions",
        AsamDimension.EmotionalBehavioralCognitive => "3. Emotional, behavioral or cognitive conditions",
        AsamDimension.ReadinessToChange => "4. Readiness to change",
        AsamDimension.RelapsePotential => "5. Relapse or continued use potential",
        AsamDimension.RecoveryEnvironment => "6. Recovery environment",
        _ => dimension.ToString(),
    };

    /// <summary>What moved a workflow into a stage, as a clinician would say it.</summary>
    public static string Trigger(string trigger) => trigger switch
    {
        "week-elapsed" => "end of the week",
        "enrol" => "enrolment",
        "session-recorded" => "attendance recorded",
        "test-result" => "test result",
        "clinical-override" => "clinical decision",
        "migrate" => "workflow updated",
        "readmit" => "readmission",
        _ => (trigger ?? "").Replace('-', ' '),
    };

    /// <summary>A stage's stored name as words: <c>early-recovery</c> becomes "early recovery".</summary>
    public static string Stage(string stage) => (stage ?? "").Replace('-', ' ');

    /// <summary>How a disclosure left the program, as a client reads it.</summary>
    public static string Channel(string channel) => channel switch
    {
        "fhir-read" => "electronic record request (FHIR read)",
        "fhir-search" => "electronic record request (FHIR search)",
        "bulk-export" => "bulk electronic export",
        "export" => "export file",
        _ => channel,
    };
}
