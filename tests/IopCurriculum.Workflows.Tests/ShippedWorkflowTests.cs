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
    public void TheDefinitionsAreShipped() =>
        Assert.Equal(["contingency-management", "matrix-client", "matrix-client-v2", "matrix-client-v3"], Names());

    [Theory]
    [MemberData(nameof(Files))]
    public void LoadsAndCompiles(string name)
    {
        var definition = ShippedWorkflows.Load(name);
        // A later version of a workflow ships beside the earlier one as NAME-vN.yaml.
        var suffix = System.Text.RegularExpressions.Regex.Match(name, "-v([0-9]+)$");
        var (expectedName, expectedVersion) = suffix.Success ? (name[..suffix.Index], int.Parse(suffix.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : (name, 1);
        Assert.Equal(expectedName, definition.Name);
        Assert.Equal(expectedVersion, definition.Version);
        var machine = WorkflowMachine.Compile(definition);
        Assert.NotEmpty(machine.PermittedTriggers(definition.InitialStage, WorkflowFacts.None));
    }
}
