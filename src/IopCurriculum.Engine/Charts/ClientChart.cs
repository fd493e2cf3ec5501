namespace IopCurriculum.Engine.Charts;

/// <summary>Everything staff read about one client, across every cohort the client has been enrolled in.</summary>
/// <param name="RosterName">The name as the program of the client's first enrolment prints it on rosters.</param>
/// <param name="Enrolments">In the order the client was enrolled.</param>
public sealed record ClientChart(string ClientId, string RosterName, IReadOnlyList<ChartEnrolment> Enrolments);
