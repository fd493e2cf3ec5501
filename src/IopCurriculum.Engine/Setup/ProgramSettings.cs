namespace IopCurriculum.Engine.Setup;

/// <summary>The settings of a program staff change together: how rosters name clients, plan reviews, and what exports disclose.</summary>
/// <param name="RosterNames">A <see cref="Domain.Guides.RosterStyles"/> word: first-name-last-initial, initials or client-id.</param>
/// <param name="PlanReviewDays">Days a signed treatment plan runs before its review falls due.</param>
/// <param name="ClientIdSystem">The identifier system FHIR exports give client ids; empty or null for the default.</param>
/// <param name="ExportTestResults">Whether FHIR exports carry urine and breath results as Observations.</param>
public sealed record ProgramSettings(string RosterNames, int PlanReviewDays, string? ClientIdSystem, bool ExportTestResults);
