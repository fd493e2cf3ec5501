namespace IopCurriculum.Domain.Measures;

/// <summary>Which instruments a program asks its clients to complete, and when: at most one rule per instrument.</summary>
public sealed class MeasureSchedule
{
    public MeasureSchedule(IEnumerable<MeasureDue> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        var twice = Rules.GroupBy(r => r.Measure).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ArgumentException($"{twice.Key} is scheduled twice", nameof(rules));
    }

    public IReadOnlyList<MeasureDue> Rules { get; }

    public static MeasureSchedule Empty { get; } = new([]);

    public MeasureDue? For(MeasureId measure) => Rules.FirstOrDefault(r => r.Measure == measure);
}
