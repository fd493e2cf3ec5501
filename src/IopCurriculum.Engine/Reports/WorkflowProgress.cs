using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Reports;

public sealed record WorkflowProgress(string Workflow, string Stage, bool Active, int StageWeeks, int ConsecutiveNegatives);
