using System.Collections.Concurrent;
using IopCurriculum.Workflows.Runtime;

namespace IopCurriculum.Workflows;

/// <summary>
/// A definition compiled into Stateless state machines. Immutable and thread-safe: build one per
/// definition and reuse it. The client's stage is passed in and the new one handed back; nothing about
/// a client is kept here.
/// </summary>
public sealed class WorkflowMachine
{
    private readonly TransitionTable _table;
    private readonly ConcurrentBag<StatelessRun> _idle = [];
    private readonly Lazy<string> _diagram;

    private WorkflowMachine(WorkflowDefinition definition)
    {
        Definition = definition;
        _table = new TransitionTable(definition);
        // Built now so that a definition Stateless would refuse fails here rather than at the first firing.
        _idle.Add(new StatelessRun(definition, _table));
        _diagram = new Lazy<string>(() => WorkflowDiagram.Mermaid(definition));
    }

    public static WorkflowMachine Compile(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new WorkflowMachine(definition);
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>
    /// Fires <paramref name="trigger"/> for a client in <paramref name="currentStage"/>. Never throws for
    /// a trigger that does not apply: the outcome says Fired = false and why.
    /// </summary>
    public FireOutcome Fire(string currentStage, WorkflowTrigger trigger, WorkflowFacts facts)
    {
        ArgumentNullException.ThrowIfNull(currentStage);
        ArgumentNullException.ThrowIfNull(facts);
        if (Definition.FindStage(currentStage) is null)
            return FireOutcome.Refused(currentStage, $"{Definition.Label} has no stage '{currentStage}'");

        var candidates = _table.Candidates(currentStage, trigger);
        if (candidates.Length == 0)
            return FireOutcome.Refused(currentStage, $"{Words(currentStage)} does not answer {trigger.Words()}");

        var (fired, to, entered, entryActions, unmet, selected) = Borrow(run => run.Fire(currentStage, trigger, facts));
        if (!fired)
            return FireOutcome.Refused(currentStage,
                $"{Words(currentStage)} stays: {trigger.Words()} moves a client on from it only when {string.Join(", or when ", unmet.Select(GuardWords.Of))}");

        var transition = candidates[selected];
        return new FireOutcome(currentStage, to, true, entered, transition, [.. transition.Actions, .. entryActions], null);
    }

    private string Words(string stage) => Definition.StageWords(stage);

    /// <summary>The triggers that would fire from <paramref name="stage"/> with these facts, in declaration order.</summary>
    public IReadOnlyList<WorkflowTrigger> PermittedTriggers(string stage, WorkflowFacts facts)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(facts);
        return Definition.FindStage(stage) is null ? [] : Borrow(run => run.PermittedTriggers(stage, facts));
    }

    /// <summary>The definition as a Mermaid state diagram in words (<see cref="WorkflowDiagram"/>).</summary>
    public string Diagram() => _diagram.Value;

    private T Borrow<T>(Func<StatelessRun, T> use)
    {
        var run = _idle.TryTake(out var idle) ? idle : new StatelessRun(Definition, _table);
        try
        {
            return use(run);
        }
        finally
        {
            run.Reset(Definition.InitialStage);
            _idle.Add(run);
        }
    }
}
