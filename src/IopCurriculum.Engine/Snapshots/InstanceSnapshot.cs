using IopCurriculum.Domain.Cohorts;
using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Persistence.Records;
using IopCurriculum.Workflows;
using NodaTime;

namespace IopCurriculum.Engine.Snapshots;

/// <summary>One of a client's workflow instances with its pinned definition and its journaled steps, in order.</summary>
public sealed record InstanceSnapshot(InstanceRecord Instance, WorkflowDefinition Definition, IReadOnlyList<StageEntry> Steps)
{
    /// <summary>The workflow version as people name it: "matrix-iop v2".</summary>
    public string Workflow => $"{Definition.Name} v{Definition.Version}";

    /// <summary>A stage of the definition as people name it: its title, or its name in words.</summary>
    public string StageWords(string stage) => Definition.StageWords(stage);

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
