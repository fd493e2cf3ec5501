namespace IopCurriculum.Plans.Assessment;

/// <summary>The assessment a plan rests on: what was diagnosed, how each ASAM dimension was rated, and the level of care it calls for.</summary>
/// <param name="Asam">Every dimension rated, in dimension order.</param>
/// <param name="LevelOfCare">An ASAM level from <see cref="LevelsOfCare.All"/>.</param>
public sealed record PlanAssessment(IReadOnlyList<Diagnosis> Diagnoses, IReadOnlyList<AsamRating> Asam, string LevelOfCare, string? Summary);
