using NodaTime;

namespace IopCurriculum.Engine.Actions;

/// <summary>An action that failed as often as the dispatcher tries, waiting for someone to retry or dismiss it.</summary>
public sealed record IncidentView(
    long Id,
    string Action,
    string CohortId,
    string? ClientId,
    string Error,
    int Attempts,
    Instant Written,
    Instant FirstFailure,
    Instant LastFailure,
    string Trigger,
    string? Stage);

/// <summary>What became of one action a journal entry asked for, for the journal's readers.</summary>
public sealed record ActionStatus(long Id, long JournalId, string Action, string State, string? Outcome, string? LastError, int Attempts, IReadOnlyList<ActionEvent> Events)
{
    /// <summary>The latest event of a kind (an <see cref="ActionEventKinds"/> word), such as who dismissed it and why.</summary>
    public ActionEvent? Last(string kind) => Events.LastOrDefault(e => e.Kind == kind);
}

/// <summary>One thing that happened to an action: a failed try, an incident, a retry or dismissal (who and why), done.</summary>
public sealed record ActionEvent(string Kind, Instant At, string Actor, string? Text);
