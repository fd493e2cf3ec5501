namespace IopCurriculum.Domain.Curricula;

/// <summary>An inclusive range of program weeks, 1-based.</summary>
public readonly record struct WeekRange
{
    public WeekRange(int first, int last)
    {
        CurriculumRules.Enforce(CurriculumRules.WeekRangeOrder(first, last));
        First = first;
        Last = last;
    }

    public int First { get; }
    public int Last { get; }
    public int Count => Last - First + 1;

    public bool Contains(int week) => week >= First && week <= Last;

    public override string ToString() => First == Last ? $"{First}" : $"{First}-{Last}";
}
