using System.Collections;
using System.Diagnostics.CodeAnalysis;
using static IopCurriculum.Workflows.Tests.Support.SampleWorkflow;

namespace IopCurriculum.Workflows.Tests;

/// <summary>
/// A transition's guard is evaluated once per firing, however many candidates there are and however
/// often Stateless asks whether each is permitted: guards read facts the engine computed, and a firing
/// should cost one pass over them.
/// </summary>
public sealed class GuardEvaluationTests
{
    private const string Transitions = """
          - from: only
            on: week-elapsed
            when: attended(ER) >= 10
            actions: [notify-team]
          - from: only
            on: week-elapsed
            when: attended(ER) >= 5
            actions: [render-guides]
          - from: only
            on: week-elapsed
            when: attended(ER) >= 1
            to: done
        """;

    [Fact]
    public void EachGuardIsEvaluatedOnceWhenTheLastCandidateFires()
    {
        var machine = Compile();
        var attended = new CountingLookups(2);

        var outcome = machine.Fire("only", WorkflowTrigger.WeekElapsed, new WorkflowFacts { Attended = attended });

        Assert.True(outcome.Fired);
        Assert.Equal("done", outcome.To);
        Assert.Equal(3, attended.Reads);
    }

    [Fact]
    public void EachGuardIsEvaluatedOnceWhenNoneHolds()
    {
        var machine = Compile();
        var attended = new CountingLookups(0);

        var outcome = machine.Fire("only", WorkflowTrigger.WeekElapsed, new WorkflowFacts { Attended = attended });

        Assert.False(outcome.Fired);
        Assert.Equal(3, attended.Reads);
    }

    [Fact]
    public void GuardsAfterTheFirstThatHoldsAreNotEvaluated()
    {
        var machine = Compile();
        var attended = new CountingLookups(7);

        var outcome = machine.Fire("only", WorkflowTrigger.WeekElapsed, new WorkflowFacts { Attended = attended });

        Assert.Equal("attended(ER) >= 5", outcome.Transition!.When!.Text);
        Assert.Equal(2, attended.Reads);
    }

    private static WorkflowMachine Compile()
    {
        var result = Parse(Minimal(Transitions));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return WorkflowMachine.Compile(result.Value);
    }

    /// <summary>Attendance counts that count how often a guard looks one up.</summary>
    private sealed class CountingLookups(int count) : IReadOnlyDictionary<string, int>
    {
        public int Reads { get; private set; }

        public int this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => ["ER"];

        public IEnumerable<int> Values => [count];

        public int Count => 1;

        public bool ContainsKey(string key) => key == "ER";

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
        {
            Reads++;
            value = count;
            return key == "ER";
        }

        public IEnumerator<KeyValuePair<string, int>> GetEnumerator() =>
            ((IEnumerable<KeyValuePair<string, int>>)[new KeyValuePair<string, int>("ER", count)]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
