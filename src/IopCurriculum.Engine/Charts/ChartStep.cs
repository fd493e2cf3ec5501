using NodaTime;

namespace IopCurriculum.Engine.Charts;

/// <summary>A stage a client's workflow entered; the workflow by its title.</summary>
/// <param name="StageTitle">The stage as people name it.</param>
/// <param name="At">When it took effect, in the program's time: a week boundary at the boundary, anything else when recorded.</param>
public sealed record ChartStep(string Workflow, int Week, string Stage, string StageTitle, string Trigger, LocalDateTime At);
