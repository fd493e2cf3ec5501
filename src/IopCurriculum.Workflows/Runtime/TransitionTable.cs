using System.Collections.Frozen;

namespace IopCurriculum.Workflows.Runtime;

/// <summary>
/// A definition's transitions grouped by (stage, trigger) in file order, and the rule that picks one:
/// the first whose guard holds.
/// </summary>
internal sealed class TransitionTable
{
    private readonly FrozenDictionary<(string Stage, WorkflowTrigger Trigger), TransitionDefinition[]> _groups;

    public TransitionTable(WorkflowDefinition definition)
    {
        _groups = definition.Transitions
            .SelectMany(t => t.From.Select(stage => (Key: (stage, t.Trigger), Transition: t)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Transition).ToArray());
    }

    public IEnumerable<((string Stage, WorkflowTrigger Trigger) Key, TransitionDefinition[] Candidates)> Groups =>
        _groups.Select(g => (g.Key, g.Value));

    public TransitionDefinition[] Candidates(string stage, WorkflowTrigger trigger) =>
        _groups.TryGetValue((stage, trigger), out var candidates) ? candidates : [];

    /// <summary>The index of the transition that applies, or -1 when no guard holds.</summary>
    public static int Select(TransitionDefinition[] candidates, WorkflowFacts facts)
    {
        for (var i = 0; i < candidates.Length; i++)
            if (candidates[i].When is not { } guard || guard.Evaluate(facts))
                return i;
        return -1;
    }
}
