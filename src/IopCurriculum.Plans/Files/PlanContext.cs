using IopCurriculum.Plans.Assessment;
using NodaTime;

namespace IopCurriculum.Plans.Files;

/// <summary>What a plan file is checked against: the client's enrolment, the cohort's curriculum, the staff and the diagnosis codes.</summary>
/// <param name="EnrolledOn">The first day of the client's course; no goal may be due before it.</param>
/// <param name="Tracks">The track codes of the cohort's curriculum.</param>
/// <param name="IsStaff">Whether a user name belongs to a staff member who may be responsible for a service.</param>
/// <param name="FindDiagnosis">The ICD-10-CM code as the list writes it, with its title, or null when the list has no such code.</param>
public sealed record PlanContext(
    LocalDate EnrolledOn,
    IReadOnlySet<string> Tracks,
    Func<string, bool> IsStaff,
    Func<string, Diagnosis?> FindDiagnosis);
