using IopCurriculum.Workflows.Tests.Support;

namespace IopCurriculum.Workflows.Tests;

/// <summary>The Mermaid diagram names stages by title and edges in words, and escapes what Mermaid would read.</summary>
public class WorkflowDiagramTests
{
    public static TheoryData<string> Shipped() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "workflows"), "*.yaml").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void EveryStageIsLabelledByItsTitleAndEveryTransitionIsAnEdgeInWords(string name)
    {
        var definition = ShippedWorkflows.Load(name);
        var lines = WorkflowDiagram.Mermaid(definition).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("stateDiagram-v2", lines[0]);
        foreach (var stage in definition.Stages)
            Assert.Contains($"state \"{WorkflowDiagram.Escape(stage.Words)}\" as {Id(stage.Name)}", lines);
        Assert.Contains($"[*] --> {Id(definition.InitialStage)}", lines);
        foreach (var stage in definition.Stages.Where(s => s.Final))
            Assert.Contains($"{Id(stage.Name)} --> [*]", lines);
        foreach (var transition in definition.Transitions)
            foreach (var from in transition.From)
                Assert.Contains($"{Id(from)} --> {Id(transition.To ?? from)} : {WorkflowDiagram.Escape(WorkflowDiagram.EdgeWords(transition))}", lines);
        Assert.Equal(1 + definition.Stages.Count + 1 + definition.Transitions.Sum(t => t.From.Count) + definition.Stages.Count(s => s.Final), lines.Length);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void NoEdgeShowsGuardSyntax(string name)
    {
        var diagram = WorkflowDiagram.Mermaid(ShippedWorkflows.Load(name));
        var edges = diagram.Split('\n').Where(l => l.Contains(" : ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(" : ", StringComparison.Ordinal) + 3)..]).ToList();

        Assert.NotEmpty(edges);
        foreach (var syntax in new[] { "==", "!=", ">=", "<=", "#gt;", "#lt;", "_", "attended(", "item(", "severity(" })
            Assert.DoesNotContain(edges, e => e.Contains(syntax, StringComparison.Ordinal));
    }

    [Fact]
    public void AnEdgeReadsAsTheTriggerAndTheConditionInWords()
    {
        var diagram = WorkflowDiagram.Mermaid(ShippedWorkflows.MatrixClient.Definition);

        Assert.Contains("early_recovery --> relapse_prevention : the end of a week, when stage weeks is at least 4 and ER sessions attended is at least 6", diagram, StringComparison.Ordinal);
        Assert.Contains("state \"Early recovery\" as early_recovery", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesHashesSemicolonsAndAngleBracketsInATitleAreEscaped()
    {
        var definition = SampleWorkflow.With("  - name: last\n", "  - name: last\n    title: 'The \"end\" #1; <done>: now'\n").Value;

        var diagram = WorkflowDiagram.Mermaid(definition);

        Assert.Contains("state \"The #quot;end#quot; #35;1#59; #lt;done#gt;#58; now\" as last", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("\"end\"", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void AStayIsALoopOnItsStage()
    {
        var diagram = WorkflowDiagram.Mermaid(SampleWorkflow.Parse(SampleWorkflow.Text).Value);

        Assert.Contains("second --> second : a test result, when result is positive (stays)", diagram, StringComparison.Ordinal);
        Assert.Contains("first --> second : the end of a week, when stage weeks is at least 2 and XX sessions attended is at least 3", diagram, StringComparison.Ordinal);
    }

    private static string Id(string stage) => stage.Replace('-', '_');
}
