using NodaTime;

namespace IopCurriculum.Engine.Actions;

/// <summary>
/// One outbox action a dispatcher holds the claim on: what to do, for whom, and what the handler and
/// whatever it talks to recognise a repeat by (<paramref name="IdempotencyKey"/>).
/// </summary>
/// <param name="Attempt">This try's number, from 1.</param>
/// <param name="TestResultId">The test result whose recording fired the transition, when one did.</param>
/// <param name="Reason">Why the transition happened, in the journal's words.</param>
public sealed record ClaimedAction(
    long Id,
    string Action,
    string CohortId,
    string ProgramId,
    long? EnrolmentId,
    IReadOnlyDictionary<string, string> Arguments,
    string IdempotencyKey,
    int Attempt,
    string ClaimToken,
    Instant Written,
    long JournalId,
    string Trigger,
    long? TestResultId,
    string? Reason)
{
    /// <summary>The client the action is about, or null for a cohort's own action (its week's guides).</summary>
    public string? ClientId => Arguments.GetValueOrDefault("client");

    /// <summary>The free text the workflow gave the action, if any.</summary>
    public string? Note => Arguments.GetValueOrDefault(Workflows.WorkflowActionNames.NoteArgument);
}
