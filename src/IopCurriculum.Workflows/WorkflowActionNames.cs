namespace IopCurriculum.Workflows;

/// <summary>
/// The actions a definition may name. The engine gives each its meaning; a definition naming any other
/// word is rejected, so a typo cannot silently do nothing.
/// </summary>
public static class WorkflowActionNames
{
    /// <summary>Re-plan the client's upcoming sessions for the stage just entered.</summary>
    public const string PlanSessions = "plan-sessions";

    /// <summary>Render the facilitator and client guides for the stage just entered.</summary>
    public const string RenderGuides = "render-guides";

    /// <summary>Rebuild the client's care plan and send it where it goes.</summary>
    public const string RefreshCarePlan = "refresh-care-plan";

    /// <summary>Book an individual session with the client's primary counselor.</summary>
    public const string BookIndividualSession = "book-individual-session";

    /// <summary>Record a contingency-management reward; takes an <c>amount</c>.</summary>
    public const string IssueReward = "issue-reward";

    /// <summary>Tell the client's clinical team what happened.</summary>
    public const string NotifyTeam = "notify-team";

    public static IReadOnlyList<string> All { get; } =
        [PlanSessions, RenderGuides, RefreshCarePlan, BookIndividualSession, IssueReward, NotifyTeam];

    /// <summary>Free text any action may carry, for the people who read what it did.</summary>
    public const string NoteArgument = "note";

    /// <summary>The reward's value for <see cref="IssueReward"/>, a positive number.</summary>
    public const string AmountArgument = "amount";

    /// <summary>For <see cref="NotifyTeam"/>: the hours the team has before the task is due (a safety alert: a few), instead of the program's usual.</summary>
    public const string WithinHoursArgument = "within_hours";

    /// <summary>The most hours <see cref="WithinHoursArgument"/> may give: a week.</summary>
    public const int LongestWithinHours = 168;

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>The arguments an action accepts.</summary>
    public static IReadOnlyList<string> ArgumentsOf(string action) =>
        action switch
        {
            IssueReward => [AmountArgument, NoteArgument],
            NotifyTeam => [NoteArgument, WithinHoursArgument],
            _ => [NoteArgument],
        };

    /// <summary>The arguments an action cannot do without.</summary>
    public static IReadOnlyList<string> RequiredArgumentsOf(string action) =>
        string.Equals(action, IssueReward, StringComparison.Ordinal) ? [AmountArgument] : [];
}
