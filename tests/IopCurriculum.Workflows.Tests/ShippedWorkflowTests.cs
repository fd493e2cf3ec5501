using IopCurriculum.Workflows.Tests.Support;

namespace IopCurriculum.Workflows.Tests;

/// <summary>Every definition shipped in workflows/ loads and compiles.</summary>
public class ShippedWorkflowTests
{
    private static IReadOnlyList<string> Names() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.yaml")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files() => [.. Names()];

    [Fact]
    public void BothDefinitionsAreShipped() =>
        Assert.Equal(["contingency-management", "matrix-client"], Names());

    [Theory]
    [MemberData(nameof(Files))]
    public void LoadsAndCompiles(string name)
    {
        var definition = ShippedWorkflows.Load(name);
        Assert.Equal(name, definition.Name);
        Assert.Equal(1, definition.Version);
        var machine = WorkflowMachine.Compile(definition);
        Assert.NotEmpty(machine.PermittedTriggers(definition.InitialStage, WorkflowFacts.None));
    }
}
