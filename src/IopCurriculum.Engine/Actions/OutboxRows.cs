using IopCurriculum.Persistence.Records;

namespace IopCurriculum.Engine.Actions;

/// <summary>The one place outbox rows are made, so every row has its idempotency key and its state.</summary>
internal static class OutboxRows
{
    /// <summary>An action for the dispatcher, due at once.</summary>
    public static OutboxRecord Pending(JournalRecord entry, string cohortId, long? enrolmentId, string action, string arguments, DateTime nowUtc) => new()
    {
        Journal = entry,
        CohortId = cohortId,
        EnrolmentId = enrolmentId,
        Action = action,
        Arguments = arguments,
        CreatedUtc = nowUtc,
        IdempotencyKey = NewKey(),
        State = OutboxStates.Pending,
        NextAttemptUtc = nowUtc,
    };

    /// <summary>An action the transition itself carried out (it writes only the engine's own rows), recorded as done.</summary>
    public static OutboxRecord DoneInTransition(JournalRecord entry, string cohortId, long? enrolmentId, string action, string arguments, DateTime nowUtc, string outcome)
    {
        var row = Pending(entry, cohortId, enrolmentId, action, arguments, nowUtc);
        row.State = OutboxStates.Done;
        row.ProcessedUtc = nowUtc;
        row.Outcome = outcome;
        return row;
    }

    /// <summary>A random key: it says nothing about the client, so it may travel in an e-mail header or a Bundle.</summary>
    private static string NewKey() => Guid.NewGuid().ToString("N");
}
