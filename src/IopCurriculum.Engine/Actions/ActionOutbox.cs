using System.Text.Json;
using IopCurriculum.Engine.Transitions;
using IopCurriculum.Persistence;
using IopCurriculum.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Extensions;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// The outbox as a work queue. A dispatcher claims due actions for a while (a lease on the engine's
/// clock), runs them, and records each as done or failed; failures are tried again after growing pauses
/// and become incidents after the last try. Claims are disjoint: on PostgreSQL the rows are picked with
/// <c>FOR UPDATE SKIP LOCKED</c>, and on both providers a row is taken only while no live claim holds it.
/// A dispatcher killed mid-action leaves it claimed until the lease lapses, then it is claimed again, so
/// handlers must be idempotent on the action's key.
/// </summary>
public sealed class ActionOutbox
{
    private readonly EngineContext _context;

    internal ActionOutbox(EngineContext context) => _context = context;

    /// <summary>Claims up to <see cref="DispatchSettings.Batch"/> due actions, oldest first.</summary>
    public IReadOnlyList<ClaimedAction> Claim(DispatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var token = Guid.NewGuid().ToString("N");
        var now = _context.UtcNow;
        var until = now + settings.Lease;
        using (var db = _context.Database.Open())
        using (var transaction = db.Database.BeginTransaction())
        {
            var candidates = Due(db, now, settings.Batch);
            if (candidates.Count == 0) return [];
            // The lease condition is checked again by the update itself, so a row another dispatcher took
            // between the read and the write is left to it.
            db.Outbox
                .Where(o => candidates.Contains(o.Id) && o.State == OutboxStates.Pending && (o.ClaimedUntilUtc == null || o.ClaimedUntilUtc < now))
                .ExecuteUpdate(u => u.SetProperty(o => o.ClaimedBy, token).SetProperty(o => o.ClaimedUntilUtc, until));
            transaction.Commit();
        }

        using var read = _context.Database.Open();
        var rows = read.Outbox.AsNoTracking().Include(o => o.Journal)
            .Where(o => o.ClaimedBy == token).OrderBy(o => o.Id).ToList();
        var cohorts = rows.Select(r => r.CohortId).Distinct().ToList();
        var programs = read.Cohorts.AsNoTracking().Where(c => cohorts.Contains(c.Id)).ToDictionary(c => c.Id, c => c.ProgramId, StringComparer.Ordinal);
        return [.. rows.Select(r => new ClaimedAction(
            r.Id, r.Action, r.CohortId, programs.GetValueOrDefault(r.CohortId) ?? "", r.EnrolmentId,
            JsonSerializer.Deserialize<Dictionary<string, string>>(r.Arguments) ?? [],
            r.IdempotencyKey, r.Attempts + 1, token, r.CreatedUtc.ToInstant(), r.JournalId, r.Journal!.Trigger,
            OccurrenceKeys.ResultOf(r.Journal.OccurrenceKey), r.Journal.Reason))];
    }

    private List<long> Due(IopDbContext db, DateTime now, int batch)
    {
        if (_context.Database.Provider == DatabaseProvider.Postgres)
            return [.. db.Database.SqlQuery<long>($"""
                SELECT id AS "Value" FROM outbox
                WHERE state = {OutboxStates.Pending} AND next_attempt_utc <= {now} AND (claimed_until_utc IS NULL OR claimed_until_utc < {now})
                ORDER BY id LIMIT {batch} FOR UPDATE SKIP LOCKED
                """).ToList()];
        return [.. db.Outbox.AsNoTracking()
            .Where(o => o.State == OutboxStates.Pending && o.NextAttemptUtc <= now && (o.ClaimedUntilUtc == null || o.ClaimedUntilUtc < now))
            .OrderBy(o => o.Id).Take(batch).Select(o => o.Id).ToList()];
    }

    /// <summary>
    /// On SQLite one dispatcher serves a database, so a claim it finds when it starts was left by a
    /// dispatcher that died: those actions are released at once instead of waiting for the lease. On
    /// PostgreSQL, where other hosts may be working, claims lapse only with their lease.
    /// </summary>
    /// <returns>How many claims were released.</returns>
    public int ReleaseDeadClaims()
    {
        if (_context.Database.Provider != DatabaseProvider.Sqlite) return 0;
        using var db = _context.Database.Open();
        return db.Outbox.Where(o => o.State == OutboxStates.Pending && o.ClaimedBy != null)
            .ExecuteUpdate(u => u.SetProperty(o => o.ClaimedBy, (string?)null).SetProperty(o => o.ClaimedUntilUtc, (DateTime?)null));
    }

    /// <summary>Records the action done with what it did. A claim that lapsed and went to another dispatcher records nothing.</summary>
    public bool Succeed(ClaimedAction action, string outcome)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Settle(action, (row, now, db) =>
        {
            row.State = OutboxStates.Done;
            row.ProcessedUtc = now;
            row.Outcome = Clip(outcome);
            db.ActionEvents.Add(Event(row.Id, ActionEventKinds.Done, now, Actors.Dispatcher, row.Outcome));
        });
    }

    /// <summary>
    /// Records a failed try: the action waits a growing pause and is tried again, or, after the last try,
    /// becomes an incident. Returns whether it became one.
    /// </summary>
    public bool Fail(ClaimedAction action, string error, DispatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(settings);
        var incident = false;
        Settle(action, (row, now, db) =>
        {
            row.Attempts++;
            row.FirstFailureUtc ??= now;
            row.LastFailureUtc = now;
            row.LastError = Clip(error);
            if (row.Attempts >= settings.MaxAttempts)
            {
                row.State = OutboxStates.Incident;
                incident = true;
                db.ActionEvents.Add(Event(row.Id, ActionEventKinds.Incident, now, Actors.Dispatcher, $"try {row.Attempts} of {settings.MaxAttempts} failed: {row.LastError}"));
            }
            else
            {
                row.NextAttemptUtc = now + settings.PauseAfter(row.Attempts);
                db.ActionEvents.Add(Event(row.Id, ActionEventKinds.Failed, now, Actors.Dispatcher, $"try {row.Attempts} of {settings.MaxAttempts} failed: {row.LastError}"));
            }
        });
        return incident;
    }

    private bool Settle(ClaimedAction action, Action<OutboxRecord, DateTime, IopDbContext> change) =>
        UnitOfWork.Run(_context, db =>
        {
            var row = db.Outbox.SingleOrDefault(o => o.Id == action.Id && o.ClaimedBy == action.ClaimToken);
            if (row is null || row.State != OutboxStates.Pending) return false;
            change(row, _context.UtcNow, db);
            row.ClaimedBy = null;
            row.ClaimedUntilUtc = null;
            return true;
        });

    /// <summary>
    /// Records that a step of an action with an effect outside the engine (a notice sent, a push to one
    /// recipient) is done, so that a retry after a later step failed does not do it again.
    /// </summary>
    public void MarkStep(ClaimedAction action, string step)
    {
        ArgumentNullException.ThrowIfNull(action);
        UnitOfWork.Run(_context, db =>
        {
            db.ActionEvents.Add(Event(action.Id, ActionEventKinds.Step, _context.UtcNow, Actors.Dispatcher, Clip(step)));
            return true;
        });
    }

    /// <summary>The steps of an action already done, as <see cref="MarkStep"/> recorded them.</summary>
    public IReadOnlySet<string> StepsDone(long actionId)
    {
        using var db = _context.Database.Open();
        return db.ActionEvents.AsNoTracking().Where(e => e.OutboxId == actionId && e.Kind == ActionEventKinds.Step).Select(e => e.Text!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Makes a row an incident before it was ever dispatched: the transition itself could not do it.</summary>
    internal static void MakeIncident(OutboxRecord row, DateTime nowUtc, string error)
    {
        row.State = OutboxStates.Incident;
        row.Attempts = 1;
        row.FirstFailureUtc = row.LastFailureUtc = nowUtc;
        row.LastError = error;
    }

    /// <summary>Every open incident, newest failure first.</summary>
    public IReadOnlyList<IncidentView> Incidents()
    {
        using var db = _context.Database.Open();
        return [.. db.Outbox.AsNoTracking().Include(o => o.Journal)
            .Where(o => o.State == OutboxStates.Incident)
            .OrderByDescending(o => o.LastFailureUtc).ThenByDescending(o => o.Id)
            .AsEnumerable()
            .Select(o =>
            {
                var arguments = JsonSerializer.Deserialize<Dictionary<string, string>>(o.Arguments) ?? [];
                return new IncidentView(o.Id, o.Action, o.CohortId, arguments.GetValueOrDefault("client"), o.LastError ?? "",
                    o.Attempts, o.CreatedUtc.ToInstant(), (o.FirstFailureUtc ?? o.CreatedUtc).ToInstant(), (o.LastFailureUtc ?? o.CreatedUtc).ToInstant(),
                    o.Journal!.Trigger, arguments.GetValueOrDefault("stage"));
            })];
    }

    public int IncidentCount()
    {
        using var db = _context.Database.Open();
        return db.Outbox.Count(o => o.State == OutboxStates.Incident);
    }

    /// <summary>Puts an incident back in the queue, due now, with a fresh count of tries.</summary>
    public void Retry(long id, string actor, string reason) =>
        Resolve(id, actor, reason, ActionEventKinds.Retried, (row, now) =>
        {
            row.State = OutboxStates.Pending;
            row.Attempts = 0;
            row.NextAttemptUtc = now;
        });

    /// <summary>Closes an incident without doing the action; the reason stays with it.</summary>
    public void Dismiss(long id, string actor, string reason) =>
        Resolve(id, actor, reason, ActionEventKinds.Dismissed, (row, now) =>
        {
            row.State = OutboxStates.Dismissed;
            row.ProcessedUtc = now;
        });

    private void Resolve(long id, string actor, string reason, string kind, Action<OutboxRecord, DateTime> change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (string.IsNullOrWhiteSpace(reason)) throw EngineException.Invalid($"say why the action is {kind}: the reason is kept with it");
        UnitOfWork.Run(_context, db =>
        {
            var row = db.Outbox.SingleOrDefault(o => o.Id == id)
                ?? throw EngineException.NotFound($"there is no action {id}");
            if (row.State != OutboxStates.Incident)
                throw EngineException.Conflict($"action {id} ({row.Action}) is {row.State}, not an incident; only an incident can be {kind}");
            var now = _context.UtcNow;
            change(row, now);
            row.ClaimedBy = null;
            row.ClaimedUntilUtc = null;
            db.ActionEvents.Add(Event(row.Id, kind, now, actor, Clip(reason.Trim())));
            return true;
        });
    }

    /// <summary>What became of the actions the given journal entries asked for, with each one's history.</summary>
    public IReadOnlyList<ActionStatus> OfJournal(IReadOnlyCollection<long> journalIds)
    {
        ArgumentNullException.ThrowIfNull(journalIds);
        if (journalIds.Count == 0) return [];
        using var db = _context.Database.Open();
        var rows = db.Outbox.AsNoTracking().Where(o => journalIds.Contains(o.JournalId)).OrderBy(o => o.Id).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var events = db.ActionEvents.AsNoTracking().Where(e => ids.Contains(e.OutboxId)).OrderBy(e => e.Id).AsEnumerable()
            .ToLookup(e => e.OutboxId, e => new ActionEvent(e.Kind, e.AtUtc.ToInstant(), e.Actor, e.Text));
        return [.. rows.Select(r => new ActionStatus(r.Id, r.JournalId, r.Action, r.State, r.Outcome, r.LastError, r.Attempts, [.. events[r.Id]]))];
    }

    /// <summary>How many actions stand in each state; what the dispatcher's readers watch.</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        using var db = _context.Database.Open();
        return db.Outbox.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
    }

    private static ActionEventRecord Event(long outboxId, string kind, DateTime now, string actor, string? text) =>
        new() { OutboxId = outboxId, Kind = kind, AtUtc = now, Actor = actor, Text = text };

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] : text;
}
