namespace IopCurriculum.Engine.Actions;

/// <summary>Where an outbox action stands.</summary>
public static class OutboxStates
{
    /// <summary>Waiting for the dispatcher, for the first time or after a failed try.</summary>
    public const string Pending = "pending";

    /// <summary>Its handler did what it says.</summary>
    public const string Done = "done";

    /// <summary>It failed as often as the dispatcher tries; it waits for a person to retry or dismiss it.</summary>
    public const string Incident = "incident";

    /// <summary>A person decided it should not be done, and said why.</summary>
    public const string Dismissed = "dismissed";
}
