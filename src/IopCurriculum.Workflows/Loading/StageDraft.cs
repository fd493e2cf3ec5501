using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Workflows.Loading;

/// <summary>A stage as read, with where its name stands for the checks that span the whole workflow.</summary>
internal sealed record StageDraft(StageDefinition Stage, SourceLocation NameWhere);
