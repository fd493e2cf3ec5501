namespace IopCurriculum.Engine;

public sealed record WorkflowProgress(string Workflow, string Stage, bool Active, int StageWeeks, int ConsecutiveNegatives);
