using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Fhir.Reading;

/// <summary>One of a client's workflow instances with its pinned definition and its journaled steps, in order.</summary>
public sealed record InstanceHistory(InstanceRecord Instance, WorkflowDefinition Definition, IReadOnlyList<StageEntry> Steps)
{
    /// <summary>Whether any stage of the definition names the group tracks it attends.</summary>
    public bool SaysWhatItAttends => Definition.Stages.Any(s => s.Attends.Count > 0);

    /// <summary>The step that last moved the instance (a stay counts), or null before any.</summary>
    public StageEntry? LastStep => Steps.Count == 0 ? null : Steps[^1];

    /// <summary>The stages in the order they took effect, to look a stage up by instant.</summary>
    public StageTimeline Timeline(CohortCalendar weeks) => new(Steps.Select(s => (s.EffectiveAt(weeks), s.Stage)));

    /// <summary>When the instance entered the stage it has stayed in since: the first of the trailing steps to that stage.</summary>
    public StageEntry? EnteredCurrentStage()
    {
        StageEntry? entered = null;
        for (var i = Steps.Count - 1; i >= 0 && Steps[i].Stage == Instance.Stage; i--) entered = Steps[i];
        return entered;
    }
}

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
