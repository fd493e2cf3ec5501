namespace IopCurriculum.Engine.Charts;

/// <summary>A client found by a search, with the cohorts they are enrolled in.</summary>
/// <param name="RosterName">The name as the client's program prints it on rosters.</param>
public sealed record ClientMatch(string ClientId, string RosterName, IReadOnlyList<string> CohortIds);
