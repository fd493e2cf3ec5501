namespace IopCurriculum.Plans.Goals;

/// <summary>A problem the assessment found, in the clinician's words, with the goals that address it.</summary>
public sealed record Problem(string Statement, IReadOnlyList<Goal> Goals);
