using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IopCurriculum.Bench;

/// <summary>
/// Counts the SQL commands EF Core sends while switched on, by their first word, from EF's diagnostic
/// events. Off, EF only asks whether anyone listens, so timed runs are not slowed.
/// </summary>
internal sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Executed = RelationalEventId.CommandExecuted.Name!;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private bool _on;

    public SqlCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Commands by their first word (SELECT, INSERT, UPDATE), and by their text.</summary>
    public Dictionary<string, int> ByKind { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ByText { get; } = new(StringComparer.Ordinal);

    public int Total => ByKind.Values.Sum();

    public void Start()
    {
        ByKind.Clear();
        ByText.Clear();
        _on = true;
    }

    public void Stop() => _on = false;

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            lock (_subscriptions) _subscriptions.Add(value.Subscribe(this, name => _on && name == Executed));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (!_on || value.Key != Executed || value.Value is not CommandExecutedEventData data) return;
        var text = data.Command.CommandText.Trim();
        var kind = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToUpperInvariant() ?? "";
        ByKind[kind] = ByKind.GetValueOrDefault(kind) + 1;
        ByText[text] = ByText.GetValueOrDefault(text) + 1;
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
            foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
