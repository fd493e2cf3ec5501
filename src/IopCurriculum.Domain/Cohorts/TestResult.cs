namespace IopCurriculum.Domain.Cohorts;

/// <summary>The specimen a drug or alcohol test used.</summary>
public enum TestKind
{
    Urine,
    Breath,
}
