using IopCurriculum.Workflows;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// Claims due actions and runs each one's handler, a few at a time, recording what came of it. Every
/// action a workflow can name has a handler here or is carried out inside its transition; a dispatcher
/// built without one refuses to start, so no action is silently left undone.
/// </summary>
public sealed class ActionDispatcher
{
    /// <summary>Actions the transition itself carries out: they are written as done, or as an incident a retry sends here.</summary>
    public static IReadOnlyList<string> DoneInTransition { get; } = [WorkflowActionNames.PlanSessions];

    private readonly ActionOutbox _queue;
    private readonly IReadOnlyDictionary<string, IActionHandler> _handlers;

    public ActionDispatcher(IopEngine engine, IEnumerable<IActionHandler> handlers, DispatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(handlers);
        _queue = engine.Actions;
        Settings = (settings ?? throw new ArgumentNullException(nameof(settings))).Checked();
        var byName = new Dictionary<string, IActionHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers.Concat(engine.BuiltInHandlers))
            if (!byName.TryAdd(handler.Action, handler))
                throw new ArgumentException($"two handlers serve {handler.Action}", nameof(handlers));
        var unserved = WorkflowActionNames.All.Where(a => !byName.ContainsKey(a) && !DoneInTransition.Contains(a)).ToList();
        if (unserved.Count > 0)
            throw new ArgumentException($"no handler serves {string.Join(", ", unserved)}", nameof(handlers));
        _handlers = byName;
    }

    public DispatchSettings Settings { get; }

    /// <summary>The actions this dispatcher has handlers for.</summary>
    public IReadOnlyCollection<string> Serves => [.. _handlers.Keys];

    /// <summary>Releases what a dead dispatcher held, where that is safe (<see cref="ActionOutbox.ReleaseDeadClaims"/>); call once on start.</summary>
    public int Recover() => _queue.ReleaseDeadClaims();

    /// <summary>Claims one batch of due actions and runs them; returns how many it claimed (0 when nothing was due).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancel)
    {
        var claimed = _queue.Claim(Settings);
        if (claimed.Count == 0) return 0;
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Settings.Parallel, CancellationToken = cancel },
            async (action, token) => await RunAsync(action, token).ConfigureAwait(false)).ConfigureAwait(false);
        return claimed.Count;
    }

    /// <summary>Runs every due action until none is left; for commands and tests that want the queue empty now.</summary>
    public async Task<int> DrainAsync(CancellationToken cancel)
    {
        var total = 0;
        for (int ran; (ran = await RunDueAsync(cancel).ConfigureAwait(false)) > 0;) total += ran;
        return total;
    }

    private async Task RunAsync(ClaimedAction action, CancellationToken cancel)
    {
        string outcome;
        try
        {
            if (!_handlers.TryGetValue(action.Action, out var handler))
                throw new InvalidOperationException($"no handler serves {action.Action}");
            outcome = await handler.RunAsync(action, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopping: the claim lapses and the action is tried again, by this host or another.
            return;
        }
        catch (Exception e)
        {
            _queue.Fail(action, Describe(e), Settings);
            return;
        }
        _queue.Succeed(action, outcome);
    }

    private static string Describe(Exception e) =>
        e is EngineException or ActionFailedException || e.InnerException is null ? e.Message : $"{e.Message} ({e.InnerException.Message})";
}
