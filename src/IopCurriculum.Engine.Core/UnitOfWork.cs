using System.Diagnostics;
using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine;

/// <summary>
/// Runs a piece of work as one database transaction. When the work carries an occurrence key and that
/// key is already in the journal — before or because of a racing writer, in this process or another —
/// nothing is written and the duplicate handler's answer is returned instead.
/// </summary>
/// <remarks>
/// Under PostgreSQL's read-committed isolation two hosts can run the same occurrence at once: the loser's
/// insert of the journal key fails on the unique index (23505), and it finds the key done. Two writers
/// of the same cohort or instance row collide on its revision token, and two inserting the same unique
/// row (a workflow version registered by two cohorts at once) collide on its index: the loser redoes its
/// work on fresh state. When the database is unreachable for a while (a server restarting, a dropped connection)
/// the unit is tried again with growing pauses for <see cref="TransientPatience"/>, then the failure is
/// thrown: the unit wrote nothing, and the next fire does it.
/// </remarks>
internal static class UnitOfWork
{
    private const int Attempts = 4;

    /// <summary>How long a unit keeps trying while the database cannot be reached.</summary>
    public static readonly TimeSpan TransientPatience = TimeSpan.FromSeconds(45);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    public static T Run<T>(WorkContext context, Func<IopDbContext, T> work) => Run(context, null, work, () => default!);

    /// <param name="commit">False for a dry run: the work runs and is checked but nothing is saved.</param>
    public static T Run<T>(WorkContext context, string? occurrenceKey, Func<IopDbContext, T> work, Func<T> duplicate, bool commit = true)
    {
        // Pauses are real time, whatever clock the engine runs on: they wait for a server, not for the calendar.
        var outage = new Stopwatch();
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            try
            {
                using var db = context.Database.Open();
                using var transaction = db.Database.BeginTransaction();
                // A failed unit rolls back whole, so SaveChanges needs no savepoint of its own (two round trips each).
                db.Database.AutoSavepointsEnabled = false;
                try
                {
                    if (occurrenceKey is not null && db.Journal.Any(j => j.OccurrenceKey == occurrenceKey))
                        return duplicate();
                    var result = work(db);
                    if (!commit) return result;
                    db.SaveChanges();
                    committing = true;
                    transaction.Commit();
                    return result;
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // Another writer changed the same row first; read it again and redo the work on fresh state.
                    continue;
                }
                catch (DbUpdateException e) when (occurrenceKey is not null && !IopDatabase.IsTransient(e) && KeyExists(context, occurrenceKey))
                {
                    return duplicate();
                }
                catch (DbUpdateException e) when (attempt < Attempts && IopDatabase.IsUniqueViolation(e))
                {
                    // Another writer inserted the same row first (two cohorts registering one workflow
                    // version at once): redo the work, which now finds that row.
                    continue;
                }
            }
            catch (Exception e) when (IopDatabase.IsTransient(e) && (!committing || occurrenceKey is not null) && WithinPatience(outage))
            {
                // Nothing was written, or the commit's fate is unknown and the occurrence key will tell on
                // the next attempt. Wait for the database and try again.
                Thread.Sleep(pause);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private static bool WithinPatience(Stopwatch outage)
    {
        if (!outage.IsRunning) outage.Start();
        return outage.Elapsed < TransientPatience;
    }

    private static bool KeyExists(WorkContext context, string key)
    {
        using var db = context.Database.Open();
        return db.Journal.Any(j => j.OccurrenceKey == key);
    }
}
