using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>What a plan form offers for one client's enrolment: the cohort's tracks, the staff who may be responsible for a service, and the first day a goal may be due.</summary>
/// <param name="Tracks">Each track of the cohort's curriculum: its code and name.</param>
/// <param name="Staff">Each active clinical lead and facilitator: user name and display name.</param>
public sealed record PlanChoices(
    string CohortId,
    string ClientId,
    LocalDate CourseBegan,
    IReadOnlyList<(string Code, string Name)> Tracks,
    IReadOnlyList<(string UserName, string DisplayName)> Staff);
