using IopCurriculum.Persistence;
using Medallion.Threading.Postgres;

namespace IopCurriculum.Scheduling;

/// <summary>
/// Lets one host at a time start up against a shared PostgreSQL database. What it guards is the one step
/// the database cannot make safe by itself: creating Quartz's tables, and adding or replacing the
/// programs' jobs, triggers and calendars. Two hosts starting together would otherwise race to create the
/// same tables, and to replace each other's triggers, even one another host has just acquired. Everything
/// else (advancing cohorts and clients) needs no lock: the journal's unique occurrence keys and the rows'
/// revision tokens keep it exactly once. The lock is a PostgreSQL advisory lock, so a host that dies
/// holding it releases it with its connection. On SQLite (one host) there is nothing to hold.
/// </summary>
public sealed class StartupLock(IopDatabase database)
{
    /// <summary>How long a starting host waits for the others to finish starting.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly PostgresDistributedLock? _lock = database.Provider == DatabaseProvider.Postgres
        ? new PostgresDistributedLock(new PostgresAdvisoryLockKey("iop-scheduler-start", allowHashing: true), database.ConnectionString)
        : null;

    /// <summary>Waits for the lock; dispose the result to release it.</summary>
    public async ValueTask<IAsyncDisposable> Hold(CancellationToken cancellationToken)
    {
        if (_lock is null) return Nothing.Instance;
        return await _lock.AcquireAsync(Patience, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lock if no other host holds it now, else null.</summary>
    public async ValueTask<IAsyncDisposable?> TryHold(CancellationToken cancellationToken)
    {
        if (_lock is null) return Nothing.Instance;
        return await _lock.TryAcquireAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public static readonly Nothing Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
