namespace IopCurriculum.Charts;

/// <summary>How a week chart draws its series.</summary>
public enum WeekChartKind
{
    /// <summary>Counts stacked into one bar per week, such as negative, positive and missed tests.</summary>
    StackedBars,

    /// <summary>A line through each week's value, such as the share of clients still in treatment.</summary>
    Lines,
}
