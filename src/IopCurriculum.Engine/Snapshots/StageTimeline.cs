using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using NodaTime;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>A workflow instance's stages by the instant each took effect.</summary>
public sealed class StageTimeline
{
    private readonly Instant[] _at;
    private readonly string[] _stages;

    public StageTimeline(IEnumerable<(Instant At, string Stage)> steps)
    {
        // Stable: two steps at the same instant keep their journal order, and the later one wins.
        var ordered = steps.Select((s, i) => (s.At, s.Stage, i)).OrderBy(s => s.At).ThenBy(s => s.i).ToArray();
        _at = [.. ordered.Select(s => s.At)];
        _stages = [.. ordered.Select(s => s.Stage)];
    }

    /// <summary>The stage in effect at an instant, or null before the first step.</summary>
    public string? At(Instant instant)
    {
        var index = Array.BinarySearch(_at, instant);
        if (index < 0) index = ~index - 1;
        else while (index + 1 < _at.Length && _at[index + 1] == instant) index++;
        return index >= 0 ? _stages[index] : null;
    }
}
