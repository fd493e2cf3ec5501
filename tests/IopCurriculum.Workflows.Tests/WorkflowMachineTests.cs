using IopCurriculum.Workflows.Tests.Support;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>How a compiled machine picks, reports and draws transitions, whatever the definition.</summary>
public class WorkflowMachineTests
{
    private static WorkflowMachine Compile(string transitions)
    {
        var result = Parse(Minimal(transitions));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return WorkflowMachine.Compile(result.Value);
    }

    [Fact]
    public void WhenSeveralGuardsHoldTheFirstWrittenWins()
    {
        var machine = Compile("""
              - from: only
                on: week-elapsed
                when: week >= 2
                actions: [notify-team]
              - from: only
                on: week-elapsed
                when: week >= 1
                to: done
            """);

        var both = machine.Fire("only", WorkflowTrigger.WeekElapsed, new WorkflowFacts { Week = 5 });
        Assert.True(both.Fired);
        Assert.Equal("only", both.To);
        Assert.Equal("week >= 2", both.Transition!.When!.Text);

        var second = machine.Fire("only", WorkflowTrigger.WeekElapsed, new WorkflowFacts { Week = 1 });
        Assert.Equal("done", second.To);
        Assert.Equal("week >= 1", second.Transition!.When!.Text);
    }

    [Fact]
    public void AnUnguardedTransitionAfterGuardedOnesIsTheFallback()
    {
        var machine = Compile("""
              - from: only
                on: test-result
                when: result == negative
                to: only
              - from: only
                on: test-result
                actions: [notify-team]
            """);

        var reentry = machine.Fire("only", WorkflowTrigger.TestResult, new WorkflowFacts { Result = "negative" });
        Assert.True(reentry.Entered);
        Assert.Equal("only", reentry.To);

        var fallback = machine.Fire("only", WorkflowTrigger.TestResult, new WorkflowFacts { Result = "positive" });
        Assert.True(fallback.Fired);
        Assert.False(fallback.Entered);
        Assert.Null(fallback.Transition!.When);
        Assert.Equal(["notify-team"], fallback.Actions.Select(a => a.Name));
    }

    [Fact]
    public void AStageTheDefinitionDoesNotHaveIsRefusedNotThrown()
    {
        var machine = Compile("");
        var outcome = machine.Fire("elsewhere", WorkflowTrigger.WeekElapsed, WorkflowFacts.None);
        Assert.False(outcome.Fired);
        Assert.Equal("elsewhere", outcome.To);
        Assert.Equal("minimal v1 has no stage 'elsewhere'", outcome.Refusal);
        Assert.Empty(machine.PermittedTriggers("elsewhere", WorkflowFacts.None));
    }

    [Fact]
    public void MissingArgumentsAreProgrammingErrors()
    {
        var machine = Compile("");
        Assert.Throws<ArgumentNullException>(() => machine.Fire("only", WorkflowTrigger.Discharge, null!));
        Assert.Throws<ArgumentNullException>(() => WorkflowMachine.Compile(null!));
    }

    [Fact]
    public void FiringFromManyThreadsAtOnceGivesEachItsOwnAnswer()
    {
        var machine = ShippedWorkflows.ContingencyManagement;
        var stages = new[] { "baseline", "reward-1", "reward-2", "reward-3", "reward-4" };
        var outcomes = new FireOutcome[4000];

        Parallel.For(0, outcomes.Length, i =>
        {
            var result = i % 3 == 0 ? "positive" : "negative";
            outcomes[i] = machine.Fire(stages[i % stages.Length], WorkflowTrigger.TestResult, new WorkflowFacts { Result = result });
        });

        for (var i = 0; i < outcomes.Length; i++)
        {
            var from = stages[i % stages.Length];
            var expected = i % 3 != 0 ? $"reward-{(i % stages.Length) + 1}" : "baseline";
            Assert.Equal(from, outcomes[i].From);
            Assert.Equal(expected, outcomes[i].To);
            Assert.Equal(i % 3 != 0 || from != "baseline", outcomes[i].Fired);
        }
    }

    [Fact]
    public void TheDiagramIsTheDefinitionsDrawnOnce()
    {
        var machine = ShippedWorkflows.MatrixClient;
        var diagram = machine.Diagram();

        Assert.Equal(WorkflowDiagram.Mermaid(machine.Definition), diagram);
        Assert.Same(diagram, machine.Diagram());
    }
}
