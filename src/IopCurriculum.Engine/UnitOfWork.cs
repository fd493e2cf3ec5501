using IopCurriculum.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IopCurriculum.Engine;

/// <summary>
/// Runs a piece of work as one database transaction. When the work carries an occurrence key and that
/// key is already in the journal — before or because of a racing writer — nothing is written and the
/// duplicate handler's answer is returned instead.
/// </summary>
internal static class UnitOfWork
{
    private const int Attempts = 4;

    public static T Run<T>(EngineContext context, Func<IopDbContext, T> work) => Run(context, null, work, () => default!);

    /// <param name="commit">False for a dry run: the work runs and is checked but nothing is saved.</param>
    public static T Run<T>(EngineContext context, string? occurrenceKey, Func<IopDbContext, T> work, Func<T> duplicate, bool commit = true)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var db = context.Database.Open();
            using var transaction = db.Database.BeginTransaction();
            try
            {
                if (occurrenceKey is not null && db.Journal.Any(j => j.OccurrenceKey == occurrenceKey))
                    return duplicate();
                var result = work(db);
                if (!commit) return result;
                db.SaveChanges();
                transaction.Commit();
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another writer changed the same row first; read it again and redo the work on fresh state.
            }
            catch (DbUpdateException) when (occurrenceKey is not null && KeyExists(context, occurrenceKey))
            {
                return duplicate();
            }
        }
    }

    private static bool KeyExists(EngineContext context, string key)
    {
        using var db = context.Database.Open();
        return db.Journal.Any(j => j.OccurrenceKey == key);
    }
}
