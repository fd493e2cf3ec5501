namespace IopCurriculum.Engine.Recording;

/// <summary>What clinical decisions one of a client's workflows allows from where it stands now.</summary>
/// <param name="Workflow">The workflow's name, such as <c>matrix-client</c>.</param>
/// <param name="WorkflowTitle">The workflow's title, such as "Matrix Model client course".</param>
/// <param name="Stage">The stage the client is in.</param>
/// <param name="Active">False once the workflow has ended (completed or discharged).</param>
/// <param name="OverrideTargets">The stages a clinical override may move the client to, in the order the workflow lists them.</param>
/// <param name="MayDischarge">Whether a discharge applies from this stage.</param>
/// <param name="MayReadmit">Whether a readmission applies from this stage.</param>
public sealed record ClinicalChoice(
    string Workflow,
    string WorkflowTitle,
    string Stage,
    bool Active,
    IReadOnlyList<string> OverrideTargets,
    bool MayDischarge,
    bool MayReadmit)
{
    /// <summary>The current stage and each target as people name them: the stage's title, or its name in words.</summary>
    public IReadOnlyDictionary<string, string> StageTitles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A stage of this workflow by its title.</summary>
    public string TitleOf(string stage) => StageTitles.GetValueOrDefault(stage) ?? Workflows.StageDefinition.InWords(stage);
}
