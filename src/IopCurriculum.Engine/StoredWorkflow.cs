using IopCurriculum.Engine.Enrolling;
using IopCurriculum.Engine.Recording;
using IopCurriculum.Engine.Reports;
using IopCurriculum.Engine.Setup;
using IopCurriculum.Workflows;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine;

/// <summary>A workflow definition version as stored when a cohort first used it.</summary>
public sealed record StoredWorkflow(string Name, int Version, string ContentHash, string SourceName, DateTime RegisteredUtc);
