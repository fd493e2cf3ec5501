using Stateless;

namespace IopCurriculum.Workflows.Runtime;

/// <summary>
/// One Stateless machine configured from a definition, whose state lives outside it in a slot set
/// before each firing: the stage comes from the caller's row, not from the machine.
/// </summary>
/// <remarks>
/// A run is used by one thread at a time (<see cref="WorkflowMachine"/> pools them); it holds what one
/// firing observed: whether an entry ran and which actions it asked for.
/// </remarks>
internal sealed class StatelessRun
{
    private readonly StateMachine<string, WorkflowTrigger> _machine;
    private readonly Dictionary<WorkflowTrigger, StateMachine<string, WorkflowTrigger>.TriggerWithParameters<WorkflowFacts>> _triggers = [];
    private readonly List<WorkflowAction> _entryActions = [];
    private readonly TransitionTable _table;
    // The candidate of each trigger that applies in the firing under way (-1: none), chosen before Stateless
    // is asked, so that every guard is evaluated once per firing however often Stateless checks its own.
    private readonly Dictionary<WorkflowTrigger, int> _selected = [];
    private string _stage;
    private bool _entered;
    private IReadOnlyList<string>? _unmetGuards;
    private bool _unhandled;

    public StatelessRun(WorkflowDefinition definition, TransitionTable table)
    {
        _table = table;
        _stage = definition.InitialStage;
        _machine = new StateMachine<string, WorkflowTrigger>(() => _stage, stage => _stage = stage);
        foreach (var trigger in Enum.GetValues<WorkflowTrigger>())
            _triggers[trigger] = _machine.SetTriggerParameters<WorkflowFacts>(trigger);

        foreach (var stage in definition.Stages)
        {
            var onEntry = stage.OnEntry;
            _machine.Configure(stage.Name).OnEntry(() =>
            {
                _entered = true;
                _entryActions.AddRange(onEntry);
            }, EntryDescription(stage));
        }

        foreach (var ((stage, trigger), candidates) in table.Groups)
            Configure(stage, trigger, candidates);

        _machine.OnUnhandledTrigger((_, _, unmet) =>
        {
            _unhandled = true;
            _unmetGuards = unmet is null ? [] : [.. unmet];
        });
    }

    public StateMachine<string, WorkflowTrigger> Machine => _machine;

    /// <summary>
    /// Fires through Stateless from <paramref name="stage"/>; false when no transition was permitted.
    /// <c>Selected</c> is the index among the stage's candidates for the trigger of the one that fired.
    /// </summary>
    public (bool Fired, string To, bool Entered, IReadOnlyList<WorkflowAction> EntryActions, IReadOnlyCollection<string> UnmetGuards, int Selected) Fire(
        string stage, WorkflowTrigger trigger, WorkflowFacts facts)
    {
        Reset(stage);
        var selected = Select(stage, trigger, facts);
        _machine.Fire(_triggers[trigger], facts);
        return (!_unhandled, _stage, _entered, [.. _entryActions], _unmetGuards ?? [], selected);
    }

    public IReadOnlyList<WorkflowTrigger> PermittedTriggers(string stage, WorkflowFacts facts)
    {
        Reset(stage);
        return [.. Enum.GetValues<WorkflowTrigger>().Where(trigger =>
        {
            Select(stage, trigger, facts);
            return _machine.CanFire(_triggers[trigger], facts);
        })];
    }

    public void Reset(string stage)
    {
        _stage = stage;
        _entered = false;
        _entryActions.Clear();
        _unmetGuards = null;
        _unhandled = false;
        _selected.Clear();
    }

    private int Select(string stage, WorkflowTrigger trigger, WorkflowFacts facts) =>
        _selected[trigger] = TransitionTable.Select(_table.Candidates(stage, trigger), facts);

    // Stateless throws when two guards of one trigger hold at once; the definition means "first in file
    // order wins", so candidate i is permitted exactly when it is the first whose guard holds, which
    // Select has worked out before the firing.
    private void Configure(string stage, WorkflowTrigger on, TransitionDefinition[] candidates)
    {
        var state = _machine.Configure(stage);
        var trigger = _triggers[on];
        for (var i = 0; i < candidates.Length; i++)
        {
            var index = i;
            var transition = candidates[i];
            bool Applies(WorkflowFacts _) => _selected.TryGetValue(on, out var selected) && selected == index;
            var description = transition.When?.Text ?? "always";
            if (transition.To is null)
                state.InternalTransitionIf(trigger, Applies, (_, _) => { }, description);
            else if (string.Equals(transition.To, stage, StringComparison.Ordinal))
                state.PermitReentryIf(trigger, Applies, description);
            else
                state.PermitIf(trigger, transition.To, Applies, description);
        }
    }

    private static string EntryDescription(StageDefinition stage) =>
        stage.OnEntry.Count == 0 ? "no entry actions" : string.Join(", ", stage.OnEntry.Select(a => a.Name));
}
