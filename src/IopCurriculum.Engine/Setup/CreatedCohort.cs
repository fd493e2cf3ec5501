using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Setup;

/// <summary>A cohort as created: its program, the stored curriculum version it runs and how its groups run.</summary>
/// <param name="CurriculumPath">The folder the stored curriculum version is written out to for the cohort.</param>
/// <param name="CurriculumHash">The content hash of that version.</param>
/// <param name="OpenGroups">Open groups keep cycling their blocks so clients can join any week.</param>
/// <param name="Seed">What testing days were drawn from.</param>
public sealed record CreatedCohort(
    string Id,
    string ProgramId,
    string CurriculumId,
    string CurriculumPath,
    string CurriculumHash,
    DateOnly StartDate,
    int Weeks,
    bool OpenGroups,
    int Seed)
{
    internal static CreatedCohort From(CohortRecord cohort) =>
        new(cohort.Id, cohort.ProgramId, cohort.CurriculumId, cohort.CurriculumPath, cohort.CurriculumHash,
            cohort.StartDate, cohort.Weeks, cohort.OpenGroups, cohort.Seed);
}
