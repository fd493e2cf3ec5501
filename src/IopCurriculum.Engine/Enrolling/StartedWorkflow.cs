using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;

namespace IopCurriculum.Engine.Enrolling;

/// <summary>One of a client's workflows as enrolment started it: the instance, the version it is pinned to and its first stage.</summary>
/// <param name="Id">The workflow instance.</param>
/// <param name="DefinitionId">The stored workflow version the instance runs.</param>
/// <param name="Workflow">The workflow's name, such as <c>matrix-client</c>.</param>
public sealed record StartedWorkflow(long Id, long DefinitionId, string Workflow, string Stage);
