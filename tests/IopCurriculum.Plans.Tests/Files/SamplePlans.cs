using IopCurriculum.Plans.Assessment;
using IopCurriculum.Plans.Files;
using NodaTime;

namespace IopCurriculum.Plans.Tests.Files;

/// <summary>A plan file that reads cleanly, and the context it is read in.</summary>
internal static class SamplePlans
{
    public static readonly LocalDate Enrolled = new(2027, 1, 4);

    public static PlanContext Context { get; } = new(
        Enrolled,
        new HashSet<string>(StringComparer.Ordinal) { "ER", "RP", "FE", "SS", "UA", "IND" },
        name => name is "lee" or "sam",
        code => code switch
        {
            "F10.20" => new Diagnosis("F10.20", "Alcohol dependence, uncomplicated"),
            "F41.1" => new Diagnosis("F41.1", "Generalized anxiety disorder"),
            _ => null,
        });

    public static string Valid => SamplePlan.Text;
}
