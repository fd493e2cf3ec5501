namespace IopCurriculum.Plans.Assessment;

/// <summary>A diagnosis: an ICD-10-CM code with its title, or a clinician's own words where no code is given.</summary>
/// <param name="Code">The ICD-10-CM code, or null for a diagnosis written as text.</param>
public sealed record Diagnosis(string? Code, string Title);
