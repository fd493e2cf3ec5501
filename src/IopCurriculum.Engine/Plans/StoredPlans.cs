using IopCurriculum.Domain.Curricula;
using IopCurriculum.Plans;
using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Diagnoses;
using IopCurriculum.Plans.Files;
using NodaTime;

namespace IopCurriculum.Engine.Plans;

/// <summary>
/// Reads stored plan versions back. They were checked when written; read again, they are taken as they
/// were accepted, whoever has left the staff or the code list since, and whatever a readmission did to
/// the course's start.
/// </summary>
internal static class StoredPlans
{
    public static PlanContext Context(Curriculum curriculum) => new(
        LocalDate.MinIsoValue,
        curriculum.Tracks.Select(t => t.Code.Value).ToHashSet(StringComparer.Ordinal),
        _ => true,
        code => Listed(code) ?? new Diagnosis(code, code));

    /// <summary>The diagnosis the ICD-10-CM list has under a code, or null.</summary>
    public static Diagnosis? Listed(string code) =>
        DiagnosisCodes.Find(code) is { } listed ? new Diagnosis(listed.Code, listed.Title) : null;

    public static TreatmentPlanContent Read(string source, int version, PlanContext context)
    {
        var parsed = PlanFileReader.Parse(source, $"plan version {version}", context);
        return parsed.Succeeded
            ? parsed.Value
            : throw EngineException.Invalid($"stored plan version {version} no longer reads", [.. parsed.Diagnostics.Select(d => d.ToString())]);
    }
}
