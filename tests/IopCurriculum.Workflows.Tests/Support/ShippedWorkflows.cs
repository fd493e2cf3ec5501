namespace IopCurriculum.Workflows.Tests.Support;

/// <summary>The definitions in workflows/, loaded and compiled once for all tests.</summary>
internal static class ShippedWorkflows
{
    private static readonly Lazy<WorkflowMachine> MatrixMachine = new(() => Compile("matrix-client"));
    private static readonly Lazy<WorkflowMachine> ContingencyMachine = new(() => Compile("contingency-management"));

    public static WorkflowMachine MatrixClient => MatrixMachine.Value;

    public static WorkflowMachine ContingencyManagement => ContingencyMachine.Value;

    public static WorkflowDefinition Load(string name)
    {
        var result = WorkflowLoader.Load(RepositoryPaths.Workflow(name));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Value;
    }

    private static WorkflowMachine Compile(string name) => WorkflowMachine.Compile(Load(name));
}
