namespace IopCurriculum.Domain.Curricula;

/// <summary>How many clients a group session is meant for.</summary>
public readonly record struct Capacity
{
    public Capacity(int min, int max)
    {
        CurriculumRules.Enforce(CurriculumRules.CapacityOrder(min, max));
        Min = min;
        Max = max;
    }

    public int Min { get; }
    public int Max { get; }

    public override string ToString() => $"{Min}-{Max}";
}
