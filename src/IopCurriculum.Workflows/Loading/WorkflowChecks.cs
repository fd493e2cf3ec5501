using IopCurriculum.Definitions.Diagnostics;

namespace IopCurriculum.Workflows.Loading;

/// <summary>
/// The rules that need the whole workflow: final stages stay final, every stage can be reached and
/// left, and every transition can do something.
/// </summary>
internal sealed class WorkflowChecks(DiagnosticBag diagnostics, IReadOnlyList<StageDraft> stages, IReadOnlyList<TransitionDraft> transitions)
{
    /// <param name="initial">The initial stage, or null when some stage reference is broken and reachability would only echo it.</param>
    public void Run(string? initial)
    {
        FinalStagesOnlyReadmit();
        NothingAfterAnUnguardedTransition();
        EveryTransitionDoesSomething();
        EveryOpenStageHasAWayOut();
        if (initial is not null) EveryStageReachable(initial);
    }

    private void FinalStagesOnlyReadmit()
    {
        var final = stages.Where(s => s.Stage.Final).Select(s => s.Stage.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var transition in transitions.Where(t => t.Trigger is { } trigger && trigger != WorkflowTrigger.Readmit))
            foreach (var (stage, where) in transition.From.Where(f => final.Contains(f.Stage)))
                diagnostics.Add(where, $"stage '{stage}' is final: only a readmit transition may leave it, not {transition.Trigger!.Value.Word()}");
    }

    // Transitions are tried in file order and the first whose guard holds wins, so one without a guard
    // hides every later one for the same stage and trigger.
    private void NothingAfterAnUnguardedTransition()
    {
        var unguarded = new Dictionary<(string, WorkflowTrigger), SourceLocation>();
        foreach (var transition in transitions)
        {
            if (transition.Trigger is not { } trigger) continue;
            foreach (var (stage, where) in transition.From)
            {
                if (unguarded.TryGetValue((stage, trigger), out var earlier))
                    diagnostics.Add(where,
                        $"this {trigger.Word()} transition from '{stage}' can never apply: the one at {earlier} has no 'when', so it always applies first");
                else if (!transition.HasWhen)
                    unguarded[(stage, trigger)] = transition.Where;
            }
        }
    }

    private void EveryTransitionDoesSomething()
    {
        foreach (var transition in transitions.Where(t => t.To is null && t.Actions.Count == 0 && t.ActionsComplete))
            diagnostics.Add(transition.Where, "this transition has neither 'to' nor 'actions', so it does nothing");
    }

    private void EveryOpenStageHasAWayOut()
    {
        var left = transitions
            .Where(t => t.To is not null)
            .SelectMany(t => t.From.Where(f => f.Stage != t.To).Select(f => f.Stage))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var stage in stages.Where(s => !s.Stage.Final && !left.Contains(s.Stage.Name)))
            diagnostics.Add(stage.NameWhere,
                $"stage '{stage.Stage.Name}' has no way out: no transition leads from it to another stage; add one or mark it 'final: true'");
    }

    private void EveryStageReachable(string initial)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { initial };
        var frontier = new Queue<string>([initial]);
        while (frontier.TryDequeue(out var stage))
            foreach (var transition in transitions.Where(t => t.To is not null && t.From.Any(f => f.Stage == stage)))
                if (reached.Add(transition.To!)) frontier.Enqueue(transition.To!);
        foreach (var stage in stages.Where(s => !reached.Contains(s.Stage.Name)))
            diagnostics.Add(stage.NameWhere, $"stage '{stage.Stage.Name}' cannot be reached from the initial stage '{initial}'");
    }
}
