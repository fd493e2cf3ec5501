namespace IopCurriculum.Plans.Goals;

/// <summary>A service that serves a goal: what is done, which curriculum tracks deliver it, how often, and who is responsible.</summary>
/// <param name="Tracks">Curriculum track codes (such as RP), each one the cohort's curriculum has; empty for a service outside the groups.</param>
/// <param name="Responsible">The user name of the staff member responsible.</param>
public sealed record Intervention(string Description, IReadOnlyList<string> Tracks, string? Frequency, string Responsible);
