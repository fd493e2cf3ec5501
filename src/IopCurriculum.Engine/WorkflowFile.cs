using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine;

/// <summary>A workflow definition file and what loading it gave: the definition, or every problem.</summary>
public sealed record WorkflowFile(string Path, WorkflowDefinition? Definition, IReadOnlyList<string> Problems);
